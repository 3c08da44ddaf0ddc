//! Access to justice: complaints by forced-labour indicator, by abuse and by corridor, and
//! per organisation how it answers the referrals it receives — acknowledged within its
//! deadline, days to acknowledge and to resolve, share resolved, remedies obtained. Public,
//! and suppressed like every report; every count is published [`rounded`] and every share
//! computed from the rounded counts, so a figure never moves by one case.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;

use super::{K, Partition, days_between, median_of, rounded, rounded_share_bp, small, visible};
use crate::domain::complaint::{Issue, RemedyObtained, split_words};
use crate::domain::report::{ComplaintFact, JusticeCount, OrganisationRow, ReferralFact};

/// The complaint counts, suppression applied (corridors partition the total).
pub fn counts(complaints: &[ComplaintFact]) -> Vec<JusticeCount> {
    let mut rows = Vec::new();
    for (i, issue) in Issue::ALL.iter().enumerate() {
        let n = complaints
            .iter()
            .filter(|c| split_words(&c.issues, Issue::parse).contains(issue))
            .count() as i64;
        rows.push(JusticeCount {
            kind: if i < 11 { "indicator" } else { "abuse" },
            item: issue.as_str().to_owned(),
            complaints: (!small(n)).then_some(rounded(n)),
        });
    }
    let mut corridors: BTreeMap<String, i64> = BTreeMap::new();
    for c in complaints {
        *corridors
            .entry(format!("{}-{}", c.origin, c.destination))
            .or_default() += 1;
    }
    let mut values = vec![complaints.len() as i64];
    values.extend(corridors.values());
    let shown = visible(
        &values,
        &[Partition {
            total: 0,
            parts: (1..values.len()).collect(),
            unpublished: 0,
        }],
    );
    rows.push(JusticeCount {
        kind: "total",
        item: String::new(),
        complaints: shown[0].then_some(rounded(values[0])),
    });
    for (i, (corridor, n)) in corridors.into_iter().enumerate() {
        if shown[i + 1] && n >= K {
            rows.push(JusticeCount {
                kind: "corridor",
                item: corridor,
                complaints: Some(rounded(n)),
            });
        }
    }
    rows
}

/// Per organisation with at least K referrals. `now` decides which acknowledgement
/// deadlines have passed: a referral counts for "acknowledged in time" once it was
/// acknowledged or its deadline is over.
pub fn organisations(referrals: &[ReferralFact], now: NaiveDateTime) -> Vec<OrganisationRow> {
    let mut by_org: BTreeMap<i64, Vec<&ReferralFact>> = BTreeMap::new();
    for r in referrals {
        by_org.entry(r.organisation_id).or_default().push(r);
    }
    let mut rows = Vec::new();
    for (organisation_id, list) in by_org {
        let n = list.len() as i64;
        if n < K {
            continue;
        }
        let due: Vec<_> = list
            .iter()
            .filter(|r| r.acknowledged_at.is_some() || r.acknowledge_by <= now)
            .collect();
        let in_time = due
            .iter()
            .filter(|r| r.acknowledged_at.is_some_and(|a| a <= r.acknowledge_by))
            .count() as i64;
        let due_n = due.len() as i64;
        let ack_days: Vec<i64> = list
            .iter()
            .filter_map(|r| r.acknowledged_at.map(|a| days_between(r.opened_on, a)))
            .collect();
        let resolve_days: Vec<i64> = list
            .iter()
            .filter_map(|r| r.resolved_at.map(|a| days_between(r.opened_on, a)))
            .collect();
        let resolved = resolve_days.len() as i64;
        let with_remedy = |remedy: RemedyObtained| {
            list.iter()
                .filter(|r| {
                    r.remedies
                        .as_deref()
                        .is_some_and(|w| split_words(w, RemedyObtained::parse).contains(&remedy))
                })
                .count() as i64
        };
        let documents = with_remedy(RemedyObtained::DocumentsReturned);
        let licence = with_remedy(RemedyObtained::LicenceAction);
        let mut money: BTreeMap<String, (i64, i64)> = BTreeMap::new();
        for r in &list {
            if let Some((currency, amount)) = &r.money {
                let slot = money.entry(currency.clone()).or_default();
                slot.0 += 1;
                slot.1 += amount;
            }
        }
        let two_sided = |yes: i64, of: i64| {
            (of >= K && !small(yes) && !small(of - yes))
                .then(|| rounded_share_bp(yes, of))
                .flatten()
        };
        rows.push(OrganisationRow {
            organisation_id,
            referrals: rounded(n),
            acknowledged_in_time_bp: two_sided(in_time, due_n),
            acknowledge_median_days: if ack_days.len() as i64 >= K {
                median_of(ack_days)
            } else {
                None
            },
            resolve_median_days: if resolved >= K {
                median_of(resolve_days)
            } else {
                None
            },
            resolved_share_bp: two_sided(resolved, n),
            documents_returned: (!small(documents)).then_some(rounded(documents)),
            licence_actions: (!small(licence)).then_some(rounded(licence)),
            money_recovered: money
                .into_iter()
                .filter(|(_, (count, _))| *count >= K)
                .map(|(c, (_, sum))| (c, sum))
                .collect(),
        });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::report::{decode_money, encode_money};
    use chrono::{Duration, NaiveDate};

    fn day(d: i64) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
            + Duration::days(d)
    }

    fn referral(ack: Option<i64>, resolved: Option<i64>, money: Option<i64>) -> ReferralFact {
        ReferralFact {
            organisation_id: 7,
            opened_on: day(0),
            acknowledge_by: day(7),
            acknowledged_at: ack.map(day),
            resolved_at: resolved.map(day),
            remedies: money.map(|_| "money_recovered,documents_returned".to_owned()),
            money: money.map(|m| ("NPR".to_owned(), m)),
        }
    }

    #[test]
    fn deadlines_medians_and_remedies_on_known_data() {
        let list = vec![
            referral(Some(1), Some(30), Some(100)),
            referral(Some(3), Some(40), Some(200)),
            referral(Some(5), Some(50), Some(300)),
            referral(Some(9), Some(60), Some(400)),
            referral(Some(20), Some(70), Some(500)),
            referral(None, None, None),
            // Opened today: its deadline has not passed, not yet counted.
            ReferralFact {
                opened_on: day(100),
                acknowledge_by: day(107),
                ..referral(None, None, None)
            },
        ];
        let rows = organisations(&list, day(101));
        assert_eq!(rows.len(), 1);
        let r = &rows[0];
        // 7 is published rounded: 5.
        assert_eq!(r.referrals, 5);
        // Due: 6; in time: 3 of 6, but the 3 late form a small group: hidden.
        assert_eq!(r.acknowledged_in_time_bp, None);
        assert_eq!(r.acknowledge_median_days, Some(5));
        assert_eq!(r.resolve_median_days, Some(50));
        // Resolved 5 of 7: the 2 unresolved are a small group.
        assert_eq!(r.resolved_share_bp, None);
        assert_eq!(r.documents_returned, Some(5));
        assert_eq!(r.licence_actions, Some(0));
        assert_eq!(r.money_recovered, vec![("NPR".to_owned(), 1500)]);
        assert_eq!(
            decode_money(&encode_money(&r.money_recovered)),
            r.money_recovered
        );
        // Four referrals: the organisation is not listed.
        assert!(organisations(&list[..4], day(101)).is_empty());
    }

    #[test]
    fn corridor_counts_partition_the_total() {
        let c = |origin: &'static str, issues: &str| ComplaintFact {
            recruiter_id: 1,
            origin,
            destination: "QA",
            sector: None,
            year: None,
            issues: issues.into(),
            open: true,
            resolved: false,
        };
        let mut list: Vec<_> = (0..6).map(|_| c("NP", "deception,fees_charged")).collect();
        list.extend((0..2).map(|_| c("BD", "deception")));
        let rows = counts(&list);
        let find = |kind: &str, item: &str| {
            rows.iter()
                .find(|r| r.kind == kind && r.item == item)
                .map(|r| r.complaints)
        };
        // Counts are published rounded: 8 is 10, 6 is 5.
        assert_eq!(find("indicator", "deception"), Some(Some(10)));
        assert_eq!(find("abuse", "fees_charged"), Some(Some(5)));
        assert_eq!(find("indicator", "isolation"), Some(Some(0)));
        // BD-QA has 2: hidden, and NP-QA with it, since 8 − 6 would reveal it.
        assert_eq!(find("corridor", "BD-QA"), None);
        assert_eq!(find("corridor", "NP-QA"), None);
        assert_eq!(find("total", ""), Some(Some(10)));
    }
}
