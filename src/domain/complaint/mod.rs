//! Complaints and their referrals: what a worker files (checked into a typed draft), whom it
//! may reach, how urgent it is, and the life of each referral as a typed state machine.
//! What was paid, to whom and with what loan is said in the words of [`crate::domain::costs`].

use crate::domain::costs::Lender;

word_enum!(
    /// What went wrong: the 11 ILO indicators of forced labour, then the recruitment abuses.
    Issue, "complaint-issue", {
        AbuseOfVulnerability = "abuse_of_vulnerability",
        Deception = "deception",
        RestrictionOfMovement = "restriction_of_movement",
        Isolation = "isolation",
        PhysicalSexualViolence = "physical_sexual_violence",
        IntimidationThreats = "intimidation_threats",
        RetentionOfDocuments = "retention_of_documents",
        WithholdingOfWages = "withholding_of_wages",
        DebtBondage = "debt_bondage",
        AbusiveConditions = "abusive_conditions",
        ExcessiveOvertime = "excessive_overtime",
        FeesCharged = "fees_charged",
        JobDeception = "job_deception",
        ContractSubstitution = "contract_substitution",
        NoContract = "no_contract",
        DocumentsRetained = "documents_retained",
        WagesUnpaid = "wages_unpaid",
        Discrimination = "discrimination",
        Harassment = "harassment",
        UnlicensedRecruiter = "unlicensed_recruiter",
    }
);

impl Issue {
    /// One of the ILO's 11 indicators of forced labour (one can be enough to suspect it).
    pub fn is_forced_labour_indicator(&self) -> bool {
        Issue::ALL[..11].contains(self)
    }
}

word_enum!(
    /// Where the worker is in the migration.
    Stage, "complaint-stage", {
        BeforeDeparture = "before_departure",
        InTransit = "in_transit",
        AtDestination = "at_destination",
        Returned = "returned",
    }
);

word_enum!(
    /// What the worker asks for.
    Remedy, "complaint-remedy", {
        Refund = "refund",
        UnpaidWages = "unpaid_wages",
        DocumentsReturned = "documents_returned",
        Repatriation = "repatriation",
        ChangeOfEmployer = "change_of_employer",
        Other = "other",
    }
);

/// A loan taken to pay for the recruitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loan {
    pub lender: Lender,
    /// Monthly interest in basis points (3 % a month = 300), if known; as a review has it.
    pub interest_bp: Option<i32>,
}

word_enum!(
    /// How the worker wants to be reached.
    ContactPreference, "complaint-contact", {
        ReceiptOnly = "receipt_only",
        Account = "account",
        Contact = "contact",
    }
);

word_enum!(
    /// Where a referral stands.
    ReferralStatus, "case-status", {
        New = "new",
        Acknowledged = "acknowledged",
        Investigating = "investigating",
        AwaitingWorker = "awaiting_worker",
        Resolved = "resolved",
        Closed = "closed",
    }
);

word_enum!(
    /// Why a referral was closed without an outcome.
    CloseReason, "case-close-reason", {
        OutOfJurisdiction = "out_of_jurisdiction",
        Unfounded = "unfounded",
        Withdrawn = "withdrawn",
    }
);

word_enum!(
    /// The remedy a referral actually obtained.
    RemedyObtained, "case-remedy", {
        MoneyRecovered = "money_recovered",
        DocumentsReturned = "documents_returned",
        LicenceAction = "licence_action",
        ProsecutionReferral = "prosecution_referral",
        Other = "other",
    }
);

word_enum!(
    /// How soon a referral needs attention; sorted in this order.
    Priority, "case-priority", {
        Urgent = "urgent",
        High = "high",
        Normal = "normal",
        Low = "low",
    }
);

impl Priority {
    /// 1 (urgent) to 4 (low): what the database stores and sorts by.
    pub fn rank(&self) -> i32 {
        match self {
            Priority::Urgent => 1,
            Priority::High => 2,
            Priority::Normal => 3,
            Priority::Low => 4,
        }
    }

    pub fn from_rank(rank: i32) -> Priority {
        match rank {
            ..=1 => Priority::Urgent,
            2 => Priority::High,
            3 => Priority::Normal,
            _ => Priority::Low,
        }
    }

    /// "In danger now" first; then forced-labour indicators and the number of workers hurt.
    pub fn compute(in_danger: bool, indicators: usize, workers_affected: i32) -> Priority {
        if in_danger {
            Priority::Urgent
        } else if indicators >= 3 || workers_affected >= 20 {
            Priority::High
        } else if indicators >= 1 || workers_affected >= 5 {
            Priority::Normal
        } else {
            Priority::Low
        }
    }
}

mod intake;
mod money;
mod receipt;
mod referral;
mod routing;

pub use intake::*;
pub use money::*;
pub use receipt::*;
pub use referral::*;
pub use routing::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn priority_puts_danger_first_then_indicators_and_numbers() {
        assert_eq!(Priority::compute(true, 0, 1), Priority::Urgent);
        assert_eq!(Priority::compute(false, 3, 1), Priority::High);
        assert_eq!(Priority::compute(false, 0, 25), Priority::High);
        assert_eq!(Priority::compute(false, 1, 1), Priority::Normal);
        assert_eq!(Priority::compute(false, 0, 1), Priority::Low);
        for p in Priority::ALL {
            assert_eq!(Priority::from_rank(p.rank()), *p);
        }
        assert_eq!(
            Issue::ALL
                .iter()
                .filter(|i| i.is_forced_labour_indicator())
                .count(),
            11
        );
        assert!(!Issue::FeesCharged.is_forced_labour_indicator());
        assert!(Issue::ExcessiveOvertime.is_forced_labour_indicator());
    }
}
