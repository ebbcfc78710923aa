package org.creditcommitment.system;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the JDK's own {@link DatatypeFactory} in its system property when nothing on the class path offers another.
 * The engine parses an ISO 8601 period (a job's retry cycle, a timer) with a new {@code DatatypeFactory} each time,
 * and without the property JAXP looks for a provider through the service loader, scanning every jar of the class path:
 * on each async job the lifecycle creates. With the property it takes the same class at once.
 */
@Component
class DatatypeFactoryLookup extends AbstractProcessEnginePlugin {

  static final String SERVICE = "META-INF/services/" + DatatypeFactory.class.getName();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    nameTheDefaultUnlessAnotherIsOffered(Thread.currentThread().getContextClassLoader());
  }

  static void nameTheDefaultUnlessAnotherIsOffered(ClassLoader classes) {
    if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) != null || offersAnother(classes)) {
      return;
    }
    System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
        DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
  }

  private static boolean offersAnother(ClassLoader classes) {
    try {
      ClassLoader loader = classes != null ? classes : ClassLoader.getSystemClassLoader();
      return loader.getResources(SERVICE).hasMoreElements();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
