package org.creditcommitment.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine the officials' password policy. Whether the engine applies it is its own setting,
 * {@code enablePasswordPolicy}: on under the prod profile, off in demo mode (demo users share the password "demo").
 */
@Component
class OfficialPasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setPasswordPolicy(OfficialPasswordPolicy.shipped());
  }
}
