package org.creditcommitment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CreditCommitmentApplication {

  public static void main(String[] args) {
    SpringApplication.run(CreditCommitmentApplication.class, args);
  }
}
