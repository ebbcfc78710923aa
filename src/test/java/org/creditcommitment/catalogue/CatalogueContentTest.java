package org.creditcommitment.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The catalogue reads an item's row on every call and parses each stored content once: the same content gives the
 * same item, an edited content is read as edited at once, never as the item before it.
 */
class CatalogueContentTest {

  private final Catalogue catalogue = new Catalogue(null, new ObjectMapper());

  @Test
  void theSameStoredContentIsParsedOnceAndAnEditedOneIsReadAsEdited() {
    String stored = catalogue.write(item("5WD"));
    ServiceItem first = catalogue.read(stored);

    assertThat(catalogue.read(new String(stored))).isSameAs(first);

    String edited = catalogue.write(item("3WD"));
    assertThat(catalogue.read(edited).periods().signing()).isEqualTo("3WD");
    assertThat(catalogue.read(stored).periods().signing()).isEqualTo("5WD");
  }

  private static ServiceItem item(String signing) {
    return new ServiceItem("T-001", "食品经营许可", "scjg", true, null,
        Set.of(CommitmentType.NOTIFY_COMMIT, CommitmentType.TOLERATE_MISSING), CommitmentCategory.APPROVAL_SUBSTITUTE,
        Map.of(), new ServiceItem.Periods(signing, "10WD", "20WD", "P3M", "15WD"), "有固定经营场所", "符合通则", null,
        List.of("申请书", "营业执照"));
  }
}
