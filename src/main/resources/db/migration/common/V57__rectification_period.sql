-- The rectification period the inspecting official set on finding a breach (责令限期整改, 义政数〔2020〕17号 四（七）),
-- as a deadline spec such as 10WD; null when left to the item's own period (CasePeriods). Cases from before keep it
-- empty: their item's period applies, as it did.
ALTER TABLE commitment_case ADD COLUMN rectification_period VARCHAR(20);
