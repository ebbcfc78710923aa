-- The codes the credit platform's national items name a department by: its 统一社会信用代码 (承诺受理单位, 许可机关)
-- and its 行政区划代码 (GB/T 2260), which leads a commitment's number. Filled by the catalogue import at start-up,
-- which refuses a file without them; nullable so that the upgrade itself needs nothing from the operator.
ALTER TABLE catalogue_department ADD COLUMN uscc VARCHAR(18);
ALTER TABLE catalogue_department ADD COLUMN region_code VARCHAR(6);
