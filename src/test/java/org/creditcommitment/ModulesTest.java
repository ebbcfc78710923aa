package org.creditcommitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.adapters.CreditProperties;
import org.creditcommitment.credit.adapters.CreditRegistry;
import org.creditcommitment.security.TaskFormContext;
import org.creditcommitment.security.forms.FormContexts;
import org.creditcommitment.security.forms.TaskFormCheck;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are modules with verified boundaries: no cycles between them, and no module reaching
 * into another's internals. The module documentation (a diagram and a canvas per module) is written to
 * docs/modules so README can show the map.
 */
class ModulesTest {

  static final Path DOCS = Path.of("docs", "modules");
  static final ApplicationModules MODULES = ApplicationModules.of(CreditCommitmentApplication.class);

  @Test
  void theModulesHaveNoCyclesAndUseOnlyEachOthersApi() {
    MODULES.verify();
  }

  /** A sub-package is internal to its module: verify() refuses any other module that uses what it holds. */
  @Test
  void formCheckingIsInternalToSecurityWhichOffersTheModulesOnlyTheirFormContext() {
    ApplicationModule security = MODULES.getModuleByName("security").orElseThrow();

    assertThat(security.isExposed(TaskFormContext.class)).isTrue();
    assertThat(security.isExposed(TaskFormCheck.class)).isFalse();
    assertThat(security.isExposed(FormContexts.class)).isFalse();
  }

  /** Other modules reach the credit platform through its port only, whichever adapter answers. */
  @Test
  void theCreditPlatformsAdaptersAndRegistryAreInternalToCreditWhichOffersTheOthersItsPort() {
    ApplicationModule credit = MODULES.getModuleByName("credit").orElseThrow();

    assertThat(credit.isExposed(CreditPlatform.class)).isTrue();
    assertThat(credit.isExposed(CreditRegistry.class)).isFalse();
    assertThat(credit.isExposed(CreditProperties.class)).isFalse();
  }

  @Test
  void writesTheModuleDocumentation() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
        .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    sortRelations();
  }

  /**
   * The documenter lists a diagram's relations in no fixed order: sorted, the files change only when the modules
   * do, so a test run leaves the working tree clean.
   */
  private static void sortRelations() throws IOException {
    try (Stream<Path> files = Files.list(DOCS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
        List<String> lines = Files.readAllLines(file);
        List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
        List<String> sorted = new ArrayList<>();
        Iterator<String> next = relations.iterator();
        for (String line : lines) {
          sorted.add(line.startsWith("Rel(") ? next.next() : line);
        }
        Files.write(file, sorted);
      }
    }
  }
}
