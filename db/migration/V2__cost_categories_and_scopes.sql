-- The seven cost categories and five nested scopes of the domain rules (docs/DOMAIN.md).
-- A new category or scope is a new migration like this one, never a code change.

INSERT INTO cost_category (id, code, name, description, position) VALUES
(1, 'FINAL_TRAINING_RUN', 'Final training run',
    'Compute of the final pre-training run.', 1),
(2, 'OTHER_TRAINING', 'Other training',
    'Compute of the released model''s other training stages: context extension, fine-tuning, RL / post-training.', 2),
(3, 'RESEARCH_AND_EXPERIMENTS', 'Research and experiments',
    'Prior research, ablations, experimental and failed runs.', 3),
(4, 'DATA', 'Data',
    'Data acquisition, licensing, cleaning, annotation, human feedback.', 4),
(5, 'INFRASTRUCTURE', 'Infrastructure',
    'Owning the training hardware attributed to the model: accelerators, servers, networking, data-centre capacity, energy.', 5),
(6, 'PERSONNEL', 'Personnel',
    'Salaries and other compensation.', 6),
(7, 'OVERHEAD', 'Overhead',
    'Facilities and other business expenses.', 7);

INSERT INTO cost_scope (id, code, name, description, position) VALUES
(1, 'FINAL_RUN', 'Final run',
    'The final pre-training run only.', 1),
(2, 'TRAINING', 'Training',
    'Everything it took to train the released model: the final run and its other training stages.', 2),
(3, 'DEVELOPMENT_COMPUTE', 'Development compute',
    'Training plus the compute of prior research and experiments.', 3),
(4, 'DEVELOPMENT', 'Development',
    'Development compute plus data and personnel.', 4),
(5, 'ALL_IN', 'All in',
    'Every cost category, including infrastructure and overhead.', 5);

INSERT INTO cost_scope_category (scope_id, category_id) VALUES
(1, 1),
(2, 1), (2, 2),
(3, 1), (3, 2), (3, 3),
(4, 1), (4, 2), (4, 3), (4, 4), (4, 6),
(5, 1), (5, 2), (5, 3), (5, 4), (5, 5), (5, 6), (5, 7);
