-- The credit office's yearly report (普政数局〔2022〕25号 三（三）: 于每年12月底报), one row per version issued: the
-- document (issued_document, by id), whether the December sweep issued it, and its filing (who, when, to whom).
-- automatic_year is set on the sweep's report only: unique, so two nodes sweeping at once issue it once.
CREATE TABLE yearly_report (
  id             BIGINT       NOT NULL PRIMARY KEY,
  report_year    INTEGER      NOT NULL,
  version        INTEGER      NOT NULL,
  period_to      DATE         NOT NULL,
  automatic_year INTEGER,
  issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  issued_by      VARCHAR(64)  NOT NULL,
  filed_at       TIMESTAMP WITH TIME ZONE,
  filed_by       VARCHAR(64),
  filed_to       VARCHAR(200),
  CONSTRAINT uq_yearly_report_version UNIQUE (report_year, version),
  CONSTRAINT uq_yearly_report_automatic UNIQUE (automatic_year)
);
