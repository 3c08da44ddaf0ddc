-- The old keys are not kept; nothing to undo.
SELECT 1;
