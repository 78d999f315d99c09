-- Operators' actions on jobs are audited too: run now, cancel, restart from a task.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN
    ('CREATE', 'UPDATE', 'DELETE', 'PUBLISH', 'UNPUBLISH', 'FREEZE', 'UNFREEZE',
     'ACTIVATE', 'DEACTIVATE', 'RESET_PASSWORD', 'RUN', 'CANCEL', 'RESTART'));
