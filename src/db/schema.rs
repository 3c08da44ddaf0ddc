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
