package org.creditcommitment.credit.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.creditcommitment.credit.CreditPlatform;
import org.junit.jupiter.api.Test;

class CreditPlatformConfigTest {

  private final CreditPlatformConfig config = new CreditPlatformConfig();

  @Test
  void httpAdapterIsChosenByConfiguration() {
    var http = new CreditProperties.Http(URI.create("http://localhost:1/credit"), "t", null, null, null, null);
    CreditPlatform platform = config.creditPlatform(new CreditProperties("http", null, http), null, null, null, null,
        null, null, Clock.systemUTC(), null, null);
    assertThat(platform).isInstanceOf(HttpCreditPlatform.class);
  }

  @Test
  void anUnknownAdapterStopsTheStartWithAClearMessage() {
    assertThatThrownBy(() -> config.creditPlatform(new CreditProperties("ftp", List.of(), null), null, null, null, null,
        null, null, Clock.systemUTC(), null, null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("'embedded' or 'http'");
  }
}
