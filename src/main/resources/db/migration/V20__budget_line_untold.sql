-- The lines an approved budget has still to tell their source, found without reading every line of every past
-- budget (forming a budget asks which are held); the budgets under way by their state. Works on H2 and MariaDB.
create index ix_budget_line_released on budget_line (released, budget_id);
create index ix_budget_state on budget (state);
-- the applications whose processes wait for a budget, by process instance
create index ix_purchase_request_process on purchase_request (process_instance_id);
