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
        listing -> Text,
        name_key -> Text,
        licence_key -> Nullable<Text>,
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
        retention_days -> Integer,
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
        language -> Nullable<Text>,
        mail_notices -> Text,
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

diesel::table! {
    sessions (id) {
        id -> BigInt,
        jti -> Text,
        user_id -> BigInt,
        kind -> Nullable<Text>,
        started_on -> Timestamp,
        expires_at -> Timestamp,
        wrapped_key -> Nullable<Text>,
    }
}

diesel::joinable!(organisation_countries -> organisations (organisation_id));
diesel::joinable!(users -> organisations (organisation_id));
diesel::joinable!(sessions -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(
    organisations,
    organisation_countries,
    users,
    revoked_tokens,
    sessions
);

// Reviews and the scorecards kept from them.

diesel::table! {
    reviews (id) {
        id -> BigInt,
        public_id -> Text,
        filed_for_id -> BigInt,
        recruiter_id -> BigInt,
        author_id -> Nullable<BigInt>,
        status -> Text,
        reject_reason -> Nullable<Text>,
        sub_agent_name -> Nullable<Text>,
        origin -> Text,
        destination -> Text,
        sector -> Nullable<Text>,
        occupation -> Nullable<Text>,
        departure_year -> Integer,
        visa_type -> Nullable<Text>,
        currency -> Nullable<Text>,
        total_cost -> Nullable<BigInt>,
        charged_any -> Nullable<Bool>,
        took_loan -> Nullable<Bool>,
        lender -> Nullable<Text>,
        loan_interest_bp -> Nullable<Integer>,
        promised_wage -> Nullable<BigInt>,
        first_month_wage -> Nullable<BigInt>,
        cost_ratio_bp -> Nullable<BigInt>,
        contract_before_departure -> Nullable<Bool>,
        contract_understood -> Nullable<Bool>,
        contract_substituted -> Nullable<Bool>,
        documents_kept -> Nullable<Bool>,
        job_as_promised -> Nullable<Bool>,
        wage_as_promised -> Nullable<Bool>,
        free_to_change_employer -> Nullable<Bool>,
        info_accurate -> Nullable<Bool>,
        rating_fees_honesty -> Nullable<SmallInt>,
        rating_job_truth -> Nullable<SmallInt>,
        rating_contract_documents -> Nullable<SmallInt>,
        rating_support -> Nullable<SmallInt>,
        rating_overall -> SmallInt,
        would_use_again -> Nullable<Bool>,
        body -> Nullable<Text>,
        body_language -> Nullable<Text>,
        pii_flags -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        moderated_at -> Nullable<Timestamp>,
        moderated_by -> Nullable<BigInt>,
        gender -> Nullable<Text>,
        collected_by -> Nullable<Text>,
        channel -> Nullable<Text>,
        import_batch -> Nullable<Text>,
    }
}

diesel::table! {
    review_costs (review_id, category) {
        review_id -> BigInt,
        category -> Text,
        paid -> Bool,
        amount -> Nullable<BigInt>,
        paid_to -> Nullable<Text>,
        receipt -> Nullable<Bool>,
    }
}

diesel::table! {
    recruiter_scores (recruiter_id) {
        recruiter_id -> BigInt,
        review_count -> BigInt,
        rating_sum -> BigInt,
        fees_honesty_sum -> BigInt,
        fees_honesty_n -> BigInt,
        job_truth_sum -> BigInt,
        job_truth_n -> BigInt,
        contract_documents_sum -> BigInt,
        contract_documents_n -> BigInt,
        support_sum -> BigInt,
        support_n -> BigInt,
        charged_yes -> BigInt,
        charged_n -> BigInt,
        documents_yes -> BigInt,
        documents_n -> BigInt,
        substituted_yes -> BigInt,
        substituted_n -> BigInt,
        job_not_yes -> BigInt,
        job_not_n -> BigInt,
        again_yes -> BigInt,
        again_n -> BigInt,
        ratio_n -> BigInt,
        ratio_median_bp -> Nullable<BigInt>,
    }
}

diesel::table! {
    recruiter_cost_medians (recruiter_id, currency) {
        recruiter_id -> BigInt,
        currency -> Text,
        review_count -> BigInt,
        median -> BigInt,
    }
}

diesel::table! {
    score_totals (id) {
        id -> Integer,
        rating_sum -> BigInt,
        rating_count -> BigInt,
    }
}

diesel::table! {
    public_changes (id) {
        id -> Integer,
        generation -> BigInt,
    }
}

diesel::joinable!(review_costs -> reviews (review_id));
diesel::allow_tables_to_appear_in_same_query!(
    reviews,
    review_costs,
    recruiters,
    recruiter_scores,
    recruiter_cost_medians,
    users
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
        loan_interest_bp -> Nullable<Integer>,
        sealed -> Bool,
        content_destroyed -> Bool,
        intake_partner_id -> Nullable<BigInt>,
        partner_reference -> Nullable<Text>,
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
        ended_on -> Nullable<Timestamp>,
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
        sealed -> Bool,
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
        sealed -> Bool,
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

// Notifications (issue 6).

diesel::table! {
    outbox (id) {
        id -> BigInt,
        recipient -> Text,
        user_id -> Nullable<BigInt>,
        language -> Text,
        kind -> Text,
        link -> Text,
        params -> Text,
        state -> Text,
        attempts -> Integer,
        due_at -> Timestamp,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        digest_id -> Nullable<BigInt>,
        channel -> Text,
        organisation_id -> Nullable<BigInt>,
    }
}

// Status webhooks to intake partners (issue 18).

diesel::table! {
    partner_webhooks (organisation_id) {
        organisation_id -> BigInt,
        url -> Text,
        secret_sealed -> Text,
        created_at -> Timestamp,
        rotated_at -> Timestamp,
    }
}

diesel::joinable!(partner_webhooks -> organisations (organisation_id));
diesel::allow_tables_to_appear_in_same_query!(partner_webhooks, organisations);

diesel::allow_tables_to_appear_in_same_query!(outbox, users);

// Watchlists (issue 7).

diesel::table! {
    watches (user_id, recruiter_id) {
        user_id -> BigInt,
        recruiter_id -> BigInt,
        created_at -> Timestamp,
        rating_seen -> Nullable<Integer>,
        licence_seen -> Nullable<Text>,
    }
}

diesel::table! {
    watch_digests (user_id) {
        user_id -> BigInt,
        covered_until -> Timestamp,
    }
}

diesel::joinable!(watches -> recruiters (recruiter_id));
diesel::joinable!(watches -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(watches, recruiters);
diesel::allow_tables_to_appear_in_same_query!(watches, recruiter_scores);
diesel::allow_tables_to_appear_in_same_query!(watches, users);
diesel::allow_tables_to_appear_in_same_query!(watches, watch_digests);
diesel::allow_tables_to_appear_in_same_query!(watch_digests, users);

// Aggregated reports (issue 7).

diesel::table! {
    exchange_rates (currency, year) {
        currency -> Text,
        year -> Integer,
        usd_per_unit_nano -> BigInt,
        imported_at -> Timestamp,
    }
}

diesel::table! {
    report_refreshes (id) {
        id -> Integer,
        refreshed_at -> Timestamp,
        duration_ms -> BigInt,
    }
}

diesel::table! {
    report_corridors (breakdown, breakdown_value, origin, destination) {
        breakdown -> Text,
        breakdown_value -> Text,
        origin -> Text,
        destination -> Text,
        workers -> BigInt,
        ratio_workers -> Nullable<BigInt>,
        ratio_mean_bp -> Nullable<BigInt>,
        ratio_median_bp -> Nullable<BigInt>,
        fee_share_bp -> Nullable<BigInt>,
        usd_workers -> Nullable<BigInt>,
        usd_mean_cents -> Nullable<BigInt>,
        usd_missing -> Nullable<BigInt>,
        category_share_bp -> Text,
        sdg_workers -> Nullable<BigInt>,
        sdg_ratio_bp -> Nullable<BigInt>,
        sdg_cost_mean_cents -> Nullable<BigInt>,
        sdg_earnings_mean_cents -> Nullable<BigInt>,
    }
}

diesel::table! {
    report_rankings (breakdown, breakdown_value, recruiter_id) {
        breakdown -> Text,
        breakdown_value -> Text,
        recruiter_id -> BigInt,
        licensing_country -> Text,
        reviews -> Nullable<BigInt>,
        rating_milli -> Nullable<BigInt>,
        charged_share_bp -> Nullable<BigInt>,
        ratio_median_bp -> Nullable<BigInt>,
        complaints_open -> Nullable<BigInt>,
        complaints_resolved -> Nullable<BigInt>,
    }
}

diesel::table! {
    report_justice_counts (kind, item) {
        kind -> Text,
        item -> Text,
        complaints -> Nullable<BigInt>,
    }
}

diesel::table! {
    report_justice_organisations (organisation_id) {
        organisation_id -> BigInt,
        referrals -> BigInt,
        acknowledged_in_time_bp -> Nullable<BigInt>,
        acknowledge_median_days -> Nullable<BigInt>,
        resolve_median_days -> Nullable<BigInt>,
        resolved_share_bp -> Nullable<BigInt>,
        documents_returned -> Nullable<BigInt>,
        licence_actions -> Nullable<BigInt>,
        money_recovered -> Text,
    }
}

diesel::joinable!(report_rankings -> recruiters (recruiter_id));
diesel::joinable!(report_justice_organisations -> organisations (organisation_id));
diesel::allow_tables_to_appear_in_same_query!(report_rankings, recruiters);
diesel::allow_tables_to_appear_in_same_query!(report_justice_organisations, organisations);

// Sealed cases (issue 14).

diesel::table! {
    account_keys (user_id) {
        user_id -> BigInt,
        public_key -> Text,
        salt -> Text,
        wrapped -> Text,
    }
}

diesel::table! {
    organisation_keys (organisation_id) {
        organisation_id -> BigInt,
        public_key -> Text,
        recovery_salt -> Text,
        recovery_wrapped -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    key_grants (organisation_id, user_id) {
        organisation_id -> BigInt,
        user_id -> BigInt,
        wrapped -> Text,
        granted_at -> Timestamp,
    }
}

diesel::table! {
    complaint_keys (complaint_id, holder) {
        complaint_id -> BigInt,
        holder -> Text,
        content_key -> Text,
        contact_key -> Nullable<Text>,
    }
}

diesel::table! {
    installation (id) {
        id -> Integer,
        receipt_salt -> Text,
    }
}

diesel::joinable!(account_keys -> users (user_id));
diesel::joinable!(key_grants -> users (user_id));
diesel::joinable!(complaint_keys -> complaints (complaint_id));
diesel::allow_tables_to_appear_in_same_query!(account_keys, users);
diesel::allow_tables_to_appear_in_same_query!(key_grants, users);
diesel::allow_tables_to_appear_in_same_query!(key_grants, account_keys);
diesel::allow_tables_to_appear_in_same_query!(key_grants, organisations);
diesel::allow_tables_to_appear_in_same_query!(organisation_keys, organisations);
diesel::allow_tables_to_appear_in_same_query!(complaint_keys, complaints);
diesel::allow_tables_to_appear_in_same_query!(complaint_keys, referrals);
diesel::allow_tables_to_appear_in_same_query!(complaint_keys, key_grants);

// Password resets by mail (issue 16).

diesel::table! {
    password_resets (token_hash) {
        token_hash -> Text,
        user_id -> BigInt,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    evidence_files (id) {
        id -> BigInt,
        public_id -> Text,
        complaint_id -> BigInt,
        stored_name -> Text,
        kind -> Text,
        content_type -> Text,
        size -> BigInt,
        details -> Text,
        shared_with -> Text,
        from_organisation_id -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    file_purges (stored_name) {
        stored_name -> Text,
        due_at -> Timestamp,
    }
}

diesel::joinable!(evidence_files -> complaints (complaint_id));
diesel::allow_tables_to_appear_in_same_query!(evidence_files, complaints);
diesel::allow_tables_to_appear_in_same_query!(evidence_files, referrals);
diesel::allow_tables_to_appear_in_same_query!(evidence_files, organisations);

diesel::table! {
    second_factors (user_id) {
        user_id -> BigInt,
        secret -> Text,
        last_step -> BigInt,
        enrolled_at -> Timestamp,
    }
}

diesel::table! {
    recovery_codes (code_hash) {
        code_hash -> Text,
        user_id -> BigInt,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(second_factors -> users (user_id));
diesel::joinable!(recovery_codes -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(second_factors, users);
diesel::allow_tables_to_appear_in_same_query!(recovery_codes, users);

diesel::joinable!(password_resets -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(password_resets, users);
diesel::allow_tables_to_appear_in_same_query!(password_resets, second_factors);

diesel::table! {
    throttle_counts (throttle, subject) {
        throttle -> Text,
        subject -> Text,
        tokens -> Double,
        allowed -> Bool,
        failures -> Integer,
        touched_at -> Timestamp,
    }
}

diesel::table! {
    idempotency_keys (id) {
        id -> Text,
        request_mac -> Nullable<Text>,
        status -> Nullable<Integer>,
        content_type -> Nullable<Text>,
        body -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

// Intake partners (issue 18): their API keys and the worker's consent they attest to.

diesel::table! {
    partner_keys (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        name -> Text,
        secret_hash -> Text,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        revoked_by -> Nullable<BigInt>,
        last_used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    partner_attestations (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        key_id -> BigInt,
        complaint_id -> Nullable<BigInt>,
        review_id -> Nullable<BigInt>,
        share_kinds -> Text,
        contact_kinds -> Text,
        language -> Text,
        channel -> Text,
        consented_at -> Timestamp,
        recorded_at -> Timestamp,
    }
}

diesel::joinable!(partner_keys -> organisations (organisation_id));
diesel::joinable!(partner_attestations -> partner_keys (key_id));
diesel::allow_tables_to_appear_in_same_query!(partner_keys, organisations);
diesel::allow_tables_to_appear_in_same_query!(partner_attestations, partner_keys);
diesel::allow_tables_to_appear_in_same_query!(partner_attestations, complaints);
