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
