-- Failed and throttled sign-ins are audited too, with the client's address as who acted, and users changing
-- their own password.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN
    ('CREATE', 'UPDATE', 'DELETE', 'PUBLISH', 'UNPUBLISH', 'FREEZE', 'UNFREEZE',
     'ACTIVATE', 'DEACTIVATE', 'RESET_PASSWORD', 'RUN', 'CANCEL', 'RESTART', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED',
     'CHANGE_PASSWORD'));
