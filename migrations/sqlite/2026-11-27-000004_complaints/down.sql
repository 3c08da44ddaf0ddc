DROP TABLE escalations;
DROP TABLE referral_messages;
DROP TRIGGER referral_transitions_append_only_delete;
DROP TRIGGER referral_transitions_append_only_update;
DROP TABLE referral_transitions;
DROP TABLE referrals;
DROP TABLE collective_cases;
DROP TABLE complaints;
