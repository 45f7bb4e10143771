-- A role's list filtered by amount or due date reads the candidates' sort indexes alone: each index carries the
-- other filter columns too, so a filtered page no longer reads every candidate row it passes over on its way.
drop index ix_task_candidate_created on task_candidate;
create index ix_task_candidate_created on task_candidate (kind, name, unclaimed, created_at, task_id, amount, due_order);
drop index ix_task_candidate_due on task_candidate;
create index ix_task_candidate_due on task_candidate (kind, name, unclaimed, due_order, task_id, amount);
drop index ix_task_candidate_amount on task_candidate;
create index ix_task_candidate_amount on task_candidate (kind, name, unclaimed, amount, task_id, due_order);
