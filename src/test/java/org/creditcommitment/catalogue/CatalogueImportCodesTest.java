package org.creditcommitment.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import at start-up stores each department's organ codes, and refuses to start while a department kept from an
 * earlier file still has items but no codes: its pushes would otherwise fail on the credit platform's national items.
 */
class CatalogueImportCodesTest extends IntegrationTest {

  @Autowired CatalogueImport catalogueImport;
  @Autowired Catalogue catalogue;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theImportStoresEveryDepartmentsUsccAndRegionCode() {
    assertThat(catalogue.department("scjg"))
        .contains(new Department("scjg", "市场监督管理局", "11445281MB2C00010B", "445281"));
    assertThat(catalogue.department("nowhere")).isEmpty();
  }

  @Test
  void aStoredDepartmentWithItemsButNoCodesStopsTheImportNamingIt() {
    jdbc.update("insert into catalogue_department (code, name) values ('oldx', '旧部门')");
    jdbc.update("insert into catalogue_item (code, department, content, source, file_hash, updated_at, updated_by)"
        + " values ('OLDX-001', 'oldx', ?, 'api', null, ?, 'admin')",
        catalogue.write(catalogue.find("SCJG-SP-001").orElseThrow()), OffsetDateTime.now());
    try {
      assertThatThrownBy(catalogueImport::importFile).isInstanceOf(CatalogueException.class)
          .hasMessageContaining("departments.oldx: has items but no 统一社会信用代码 or 行政区划代码");
    } finally {
      jdbc.update("delete from catalogue_item where code = 'OLDX-001'");
      jdbc.update("delete from catalogue_department where code = 'oldx'");
    }
  }
}
