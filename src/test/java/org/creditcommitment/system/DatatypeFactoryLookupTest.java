package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;

import javax.xml.datatype.DatatypeFactory;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The engine's periods are parsed with the JDK's DatatypeFactory, named in its property so that JAXP does not scan the
 * class path for it on every job; a provider offered on the class path would still be found as before.
 */
class DatatypeFactoryLookupTest extends IntegrationTest {

  @Test
  void theJdksDatatypeFactoryIsNamedAndIsTheOneJaxpWouldHaveFound() throws Exception {
    assertThat(getClass().getClassLoader().getResources(DatatypeFactoryLookup.SERVICE).hasMoreElements())
        .as("nothing on the class path offers another").isFalse();
    assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY))
        .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    assertThat(DatatypeFactory.newInstance().getClass().getName())
        .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
  }

  @Test
  void aProviderOfferedOnTheClassPathIsLeftToJaxp(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    String before = System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
    try {
      URL declared = Files.writeString(dir.resolve("service"), "org.example.OtherDatatypeFactory").toUri().toURL();
      ClassLoader offering = new ClassLoader(getClass().getClassLoader()) {
        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
          return DatatypeFactoryLookup.SERVICE.equals(name) ? Collections.enumeration(java.util.List.of(declared))
              : super.getResources(name);
        }
      };
      DatatypeFactoryLookup.nameTheDefaultUnlessAnotherIsOffered(offering);
      assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isNull();
    } finally {
      if (before != null) {
        System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, before);
      }
    }
  }
}
