//! Reviews: storing a worker's review, the moderation queue, and the scorecards kept in
//! `recruiter_scores`, `recruiter_cost_medians` and `score_totals` — changed in the same
//! transaction as each approval and each edit of an approved review, and rebuilt from the
//! reviews by [`recompute_all`].

mod collected;
mod moderation;
mod public;
mod rows;
mod scores;
mod submit;

pub use collected::*;
pub use moderation::*;
pub use public::*;
pub use scores::*;
pub use submit::*;
