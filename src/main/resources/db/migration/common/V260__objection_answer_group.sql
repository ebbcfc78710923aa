-- The group offered an objection's answer task: the group configured for the unit that supplied the record
-- (cc.objection.provider-groups), or the credit office's when the unit has none. Decided once, when the objection is
-- filed, so the task, its reminder and its escalation agree. Objections filed before this version have none: their
-- running instances stay on the earlier model, whose answer task is offered to the generic provider group.
ALTER TABLE credit_objection ADD COLUMN answer_group VARCHAR(100);
ALTER TABLE credit_objection ADD COLUMN answer_group_fallback BOOLEAN;
