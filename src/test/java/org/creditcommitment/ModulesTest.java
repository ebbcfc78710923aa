package org.creditcommitment;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are modules with verified boundaries: no cycles between them, and no module reaching
 * into another's internals. The module documentation (a diagram and a canvas per module) is written to
 * docs/modules so README can show the map.
 */
class ModulesTest {

  static final ApplicationModules MODULES = ApplicationModules.of(CreditCommitmentApplication.class);

  @Test
  void theModulesHaveNoCyclesAndUseOnlyEachOthersApi() {
    MODULES.verify();
  }

  @Test
  void writesTheModuleDocumentation() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
  }
}
