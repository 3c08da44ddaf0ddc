DROP TABLE score_totals;
DROP TABLE recruiter_cost_medians;
DROP TABLE recruiter_scores;
DROP TABLE review_costs;
DROP TABLE reviews;
