//! Recruiter rankings: per recruiter (overall, and by destination, sector or departure
//! year), the Bayesian rating, the share charged any fee or cost, the median cost ÷
//! first-wage ratio, and the open and resolved complaints. Review measures are ranked only
//! for at least [`K`] reviews; every count is suppressed like the corridor cells.

use std::collections::{BTreeMap, HashMap};

use super::{K, Partition, bayesian_milli, median_of, rounded, share_bp, visible};
use crate::domain::report::{ComplaintFact, RankingRow, ReviewFact};

#[derive(Debug, Clone, Default)]
struct Acc {
    reviews: i64,
    rating_sum: i64,
    charged: i64,
    cost_answered: i64,
    ratios: Vec<i64>,
    open: i64,
    resolved: i64,
}

impl Acc {
    fn review(&mut self, f: &ReviewFact) {
        self.reviews += 1;
        self.rating_sum += i64::from(f.rating);
        if let Some(c) = f.charged_any {
            self.cost_answered += 1;
            self.charged += i64::from(c);
        }
        if let Some(r) = f.ratio_bp {
            self.ratios.push(r);
        }
    }

    fn complaint(&mut self, c: &ComplaintFact) {
        self.open += i64::from(c.open);
        self.resolved += i64::from(c.resolved);
    }

    fn counts(&self) -> [i64; 6] {
        [
            self.reviews,
            self.charged,
            self.cost_answered - self.charged,
            self.ratios.len() as i64,
            self.open,
            self.resolved,
        ]
    }
}

#[derive(Default)]
struct Group {
    total: Acc,
    destinations: BTreeMap<&'static str, Acc>,
    sectors: BTreeMap<&'static str, Acc>,
    years: BTreeMap<i32, Acc>,
    no_sector: Acc,
    no_year: Acc,
}

/// Every published ranking row. `countries`: listed recruiter id → licensing country ('' for
/// none); `(all_sum, all_count)`: the overall ratings of every approved review, the prior.
pub fn compute(
    reviews: &[ReviewFact],
    complaints: &[ComplaintFact],
    countries: &HashMap<i64, String>,
) -> Vec<RankingRow> {
    let all_sum: i64 = reviews.iter().map(|r| i64::from(r.rating)).sum();
    let all_count = reviews.len() as i64;
    let mut groups: BTreeMap<i64, Group> = BTreeMap::new();
    for f in reviews {
        let g = groups.entry(f.recruiter_id).or_default();
        g.total.review(f);
        g.destinations.entry(f.destination).or_default().review(f);
        g.years.entry(f.year).or_default().review(f);
        match f.sector {
            Some(s) => g.sectors.entry(s).or_default().review(f),
            None => g.no_sector.review(f),
        }
    }
    for c in complaints {
        let g = groups.entry(c.recruiter_id).or_default();
        g.total.complaint(c);
        g.destinations
            .entry(c.destination)
            .or_default()
            .complaint(c);
        match c.year {
            Some(y) => g.years.entry(y).or_default().complaint(c),
            None => g.no_year.complaint(c),
        }
        match c.sector {
            Some(s) => g.sectors.entry(s).or_default().complaint(c),
            None => g.no_sector.complaint(c),
        }
    }
    let mut rows = Vec::new();
    for (recruiter_id, g) in groups {
        let mut cells: Vec<(&'static str, String, &Acc)> = vec![("all", String::new(), &g.total)];
        let d0 = cells.len();
        cells.extend(
            g.destinations
                .iter()
                .map(|(d, a)| ("destination", (*d).to_owned(), a)),
        );
        let s0 = cells.len();
        cells.extend(
            g.sectors
                .iter()
                .map(|(s, a)| ("sector", (*s).to_owned(), a)),
        );
        let y0 = cells.len();
        cells.extend(g.years.iter().map(|(y, a)| ("year", y.to_string(), a)));
        let counts: Vec<[i64; 6]> = cells.iter().map(|(_, _, a)| a.counts()).collect();
        let (no_sector, no_year) = (g.no_sector.counts(), g.no_year.counts());
        let mut shown = vec![[false; 6]; cells.len()];
        for m in 0..6 {
            let values: Vec<i64> = counts.iter().map(|c| c[m]).collect();
            let partitions = [
                Partition {
                    total: 0,
                    parts: (d0..s0).collect(),
                    unpublished: 0,
                },
                Partition {
                    total: 0,
                    parts: (s0..y0).collect(),
                    unpublished: no_sector[m],
                },
                Partition {
                    total: 0,
                    parts: (y0..cells.len()).collect(),
                    unpublished: no_year[m],
                },
            ];
            for (i, v) in visible(&values, &partitions).into_iter().enumerate() {
                shown[i][m] = v;
            }
        }
        // Listed recruiters only (a name waiting for a moderator is not public).
        let Some(country) = countries.get(&recruiter_id).cloned() else {
            continue;
        };
        for (i, (breakdown, value, a)) in cells.iter().enumerate() {
            let ok = shown[i];
            let ranked = ok[0] && a.reviews >= K;
            // Complaint counts are published rounded (one new complaint never shows as one).
            let complaints_open = ok[4].then_some(a.open).map(rounded);
            let complaints_resolved = ok[5].then_some(a.resolved).map(rounded);
            // A row is listed only for something it can show: a group of K or more.
            if !ranked
                && complaints_open.is_none_or(|n| n < K)
                && complaints_resolved.is_none_or(|n| n < K)
            {
                continue;
            }
            rows.push(RankingRow {
                breakdown,
                breakdown_value: value.clone(),
                recruiter_id,
                licensing_country: country.clone(),
                reviews: ranked.then_some(a.reviews),
                rating_milli: if ranked {
                    bayesian_milli(a.rating_sum, a.reviews, all_sum, all_count)
                } else {
                    None
                },
                charged_share_bp: (ranked && a.cost_answered >= K && ok[1] && ok[2])
                    .then(|| share_bp(a.charged, a.cost_answered))
                    .flatten(),
                ratio_median_bp: if ranked && ok[3] && a.ratios.len() as i64 >= K {
                    median_of(a.ratios.clone())
                } else {
                    None
                },
                complaints_open,
                complaints_resolved,
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review(recruiter: i64, destination: &'static str, rating: i16, charged: bool) -> ReviewFact {
        ReviewFact {
            recruiter_id: recruiter,
            origin: "NP",
            destination,
            sector: None,
            gender: None,
            year: 2024,
            currency: None,
            total_cost: None,
            first_wage: None,
            charged_any: Some(charged),
            ratio_bp: Some(if charged { 30_000 } else { 0 }),
            rating,
            paid: 0,
        }
    }

    fn complaint(recruiter: i64, open: bool) -> ComplaintFact {
        ComplaintFact {
            recruiter_id: recruiter,
            origin: "NP",
            destination: "QA",
            sector: None,
            year: None,
            issues: String::new(),
            open,
            resolved: !open,
        }
    }

    #[test]
    fn only_five_reviews_or_more_are_ranked() {
        let mut reviews: Vec<_> = (0..5).map(|_| review(1, "QA", 5, false)).collect();
        reviews.extend((0..4).map(|_| review(2, "QA", 1, true)));
        let countries = [(1, "NP".to_owned()), (2, "NP".to_owned())].into();
        let rows = compute(&reviews, &[], &countries);
        let all: Vec<_> = rows.iter().filter(|r| r.breakdown == "all").collect();
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].recruiter_id, 1);
        assert_eq!(all[0].reviews, Some(5));
        // Prior: 9 reviews summing 29; (5 × 29/9 + 25) / 10 = 4.1111 → 4111.
        assert_eq!(all[0].rating_milli, Some(4111));
        assert_eq!(all[0].charged_share_bp, Some(0));
        assert_eq!(all[0].ratio_median_bp, Some(0));
        assert_eq!(all[0].complaints_open, Some(0));
    }

    #[test]
    fn complaint_counts_below_five_are_hidden() {
        let complaints: Vec<_> = (0..6)
            .map(|i| complaint(3, i < 4))
            .chain((0..5).map(|_| complaint(4, true)))
            // Recruiter 5 is a name waiting for a moderator (not among the listed): unranked.
            .chain((0..9).map(|_| complaint(5, true)))
            .collect();
        let countries = [(3, "NP".to_owned()), (4, "NP".to_owned())].into();
        let rows = compute(&[], &complaints, &countries);
        let all: Vec<_> = rows.iter().filter(|r| r.breakdown == "all").collect();
        // Recruiter 3: 4 open, 2 resolved — nothing to show, not listed.
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].recruiter_id, 4);
        assert_eq!(all[0].complaints_open, Some(5));
        assert_eq!(all[0].complaints_resolved, Some(0));
        assert_eq!(all[0].reviews, None);
    }
}
