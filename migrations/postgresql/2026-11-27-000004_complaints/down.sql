DROP TABLE escalations;
DROP TABLE referral_messages;
DROP TABLE referral_transitions;
DROP FUNCTION referral_transitions_append_only();
DROP TABLE referrals;
DROP TABLE collective_cases;
DROP TABLE complaints;
