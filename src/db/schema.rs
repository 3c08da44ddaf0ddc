//! The one portable schema both engines share (kept by hand; the SQL lives in migrations/).

diesel::table! {
    recruiters (id) {
        id -> BigInt,
        public_id -> Text,
        name -> Text,
        name_norm -> Text,
        licence_number -> Nullable<Text>,
        licence_norm -> Nullable<Text>,
        licensing_country -> Nullable<Text>,
        licence_status -> Nullable<Text>,
        address -> Nullable<Text>,
        is_sub_agent -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    recruiter_destinations (recruiter_id, country) {
        recruiter_id -> BigInt,
        country -> Text,
    }
}

diesel::table! {
    licence_events (id) {
        id -> BigInt,
        recruiter_id -> BigInt,
        status -> Text,
        recorded_at -> Timestamp,
        source -> Text,
    }
}

diesel::joinable!(recruiter_destinations -> recruiters (recruiter_id));
diesel::joinable!(licence_events -> recruiters (recruiter_id));
diesel::allow_tables_to_appear_in_same_query!(recruiters, recruiter_destinations, licence_events);

diesel::table! {
    organisations (id) {
        id -> BigInt,
        name -> Text,
        kind -> Text,
        sectors -> Text,
        acknowledge_days -> Integer,
        answer_days -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    organisation_countries (organisation_id, country) {
        organisation_id -> BigInt,
        country -> Text,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        username -> Text,
        username_key -> Text,
        role -> Text,
        organisation_id -> Nullable<BigInt>,
        org_role -> Nullable<Text>,
        password_hash -> Text,
        email -> Nullable<Text>,
        token_version -> BigInt,
        disabled -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    revoked_tokens (jti) {
        jti -> Text,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    audit_events (id) {
        id -> BigInt,
        occurred_at -> Timestamp,
        event -> Text,
        outcome -> Text,
        actor_id -> Nullable<BigInt>,
        subject_user_id -> Nullable<BigInt>,
        organisation_id -> Nullable<BigInt>,
        detail -> Nullable<Text>,
    }
}

diesel::joinable!(organisation_countries -> organisations (organisation_id));
diesel::joinable!(users -> organisations (organisation_id));
diesel::allow_tables_to_appear_in_same_query!(
    organisations,
    organisation_countries,
    users,
    revoked_tokens
);

// Complaints and referrals (issue 5).

diesel::table! {
    complaints (id) {
        id -> BigInt,
        receipt_hash -> Text,
        recruiter_id -> BigInt,
        origin -> Text,
        destination -> Text,
        sector -> Nullable<Text>,
        occupation -> Nullable<Text>,
        departure_year -> Nullable<Integer>,
        issues -> Text,
        in_danger -> Bool,
        stage -> Nullable<Text>,
        workers_affected -> Integer,
        remedies -> Text,
        fee_minor -> Nullable<BigInt>,
        fee_currency -> Nullable<Text>,
        promised_wage_minor -> Nullable<BigInt>,
        actual_wage_minor -> Nullable<BigInt>,
        wage_currency -> Nullable<Text>,
        cost_categories -> Text,
        lender -> Nullable<Text>,
        loan_interest_percent -> Nullable<Integer>,
        visa_type -> Nullable<Text>,
        description -> Nullable<Text>,
        share_kinds -> Text,
        contact_kinds -> Text,
        contact_preference -> Text,
        contact_details -> Nullable<Text>,
        safe_times -> Nullable<Text>,
        user_id -> Nullable<BigInt>,
        filed_by_id -> Nullable<BigInt>,
        withdrawn -> Bool,
        received_on -> Timestamp,
    }
}

diesel::table! {
    collective_cases (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        recruiter_id -> BigInt,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    referrals (id) {
        id -> BigInt,
        complaint_id -> BigInt,
        organisation_id -> BigInt,
        recruiter_id -> BigInt,
        status -> Text,
        priority -> Integer,
        priority_overridden -> Bool,
        opened_on -> Timestamp,
        acknowledge_by -> Timestamp,
        answer_by -> Timestamp,
        acknowledge_escalated -> Bool,
        answer_escalated -> Bool,
        close_reason -> Nullable<Text>,
        outcome_remedies -> Nullable<Text>,
        outcome_money_minor -> Nullable<BigInt>,
        outcome_money_currency -> Nullable<Text>,
        referred_from_id -> Nullable<BigInt>,
        collective_case_id -> Nullable<BigInt>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    referral_transitions (id) {
        id -> BigInt,
        referral_id -> BigInt,
        occurred_at -> Timestamp,
        actor_id -> Nullable<BigInt>,
        event -> Text,
        from_status -> Nullable<Text>,
        to_status -> Nullable<Text>,
        reason -> Nullable<Text>,
    }
}

diesel::table! {
    referral_messages (id) {
        id -> BigInt,
        referral_id -> BigInt,
        occurred_at -> Timestamp,
        from_worker -> Bool,
        author_id -> Nullable<BigInt>,
        internal -> Bool,
        body -> Text,
    }
}

diesel::table! {
    escalations (id) {
        id -> BigInt,
        referral_id -> BigInt,
        organisation_id -> BigInt,
        deadline -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(complaints -> recruiters (recruiter_id));
diesel::joinable!(referrals -> complaints (complaint_id));
diesel::joinable!(referrals -> organisations (organisation_id));
diesel::joinable!(referral_transitions -> referrals (referral_id));
diesel::joinable!(referral_messages -> referrals (referral_id));
diesel::joinable!(escalations -> referrals (referral_id));
// Pairs already declared above (recruiters with its tables, organisations with users) are
// not repeated: a pair may be declared only once.
diesel::allow_tables_to_appear_in_same_query!(
    complaints,
    collective_cases,
    referrals,
    referral_transitions,
    referral_messages,
    escalations,
    organisations,
);
diesel::allow_tables_to_appear_in_same_query!(recruiters, complaints);
diesel::allow_tables_to_appear_in_same_query!(recruiters, referrals);
diesel::allow_tables_to_appear_in_same_query!(recruiters, collective_cases);
diesel::allow_tables_to_appear_in_same_query!(recruiters, organisations);
diesel::allow_tables_to_appear_in_same_query!(users, complaints);
diesel::allow_tables_to_appear_in_same_query!(users, referrals);
diesel::allow_tables_to_appear_in_same_query!(users, referral_transitions);
diesel::allow_tables_to_appear_in_same_query!(users, referral_messages);
