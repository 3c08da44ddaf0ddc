//! SDG indicator 10.7.1 per corridor (origin → destination): workers, the mean and median of
//! each worker's recruitment cost ÷ first month's wage (same currency, so no exchange rate
//! enters the ratio), the indicator as statistics offices publish it (mean cost ÷ mean first
//! month's earnings, both in US dollars at the rate of the worker's year), the share who paid
//! anything, the share who paid each ILO cost category, and the mean cost in US dollars where
//! a rate for the currency and year exists.

use std::collections::BTreeMap;

use super::rates::{exact_mean_cents, exact_ratio_bp, rate_of, to_usd_cents, to_usd_exact};
use super::{K, Partition, mean, median_of, share_bp, visible};
use crate::domain::costs::CostCategory;
use crate::domain::currency::Currency;
use crate::domain::report::{CorridorRow, Rates, ReviewFact, SdgAggregate};

#[derive(Debug, Clone, Default)]
struct Acc {
    workers: i64,
    ratios: Vec<i64>,
    cost_answered: i64,
    charged: i64,
    paid: [i64; 9],
    usd_cents: Vec<i64>,
    usd_missing: i64,
    /// Workers in the ratio of averages, and their exact dollar sums ([`to_usd_exact`]).
    sdg_workers: i64,
    sdg_cost: i128,
    sdg_earnings: i128,
}

/// What a worker's amounts are in US dollars.
#[derive(Debug, Clone, Copy, Default)]
pub struct Dollars {
    /// The cost in cents: `None` when no cost was given, `Some(None)` when it was but no
    /// rate converts it.
    pub cost_cents: Option<Option<i64>>,
    /// Cost and first month's earnings, exact, when the worker gave both and a rate exists.
    pub cost_and_earnings: Option<(i128, i128)>,
}

impl Acc {
    fn add(&mut self, f: &ReviewFact, dollars: Dollars) {
        self.workers += 1;
        if let Some((cost, earnings)) = dollars.cost_and_earnings {
            self.sdg_workers += 1;
            self.sdg_cost += cost;
            self.sdg_earnings += earnings;
        }
        let usd = dollars.cost_cents;
        if let Some(r) = f.ratio_bp {
            self.ratios.push(r);
        }
        if let Some(charged) = f.charged_any {
            self.cost_answered += 1;
            self.charged += i64::from(charged);
            for (i, slot) in self.paid.iter_mut().enumerate() {
                *slot += i64::from(f.paid & (1 << i) != 0);
            }
        }
        match usd {
            Some(Some(cents)) => self.usd_cents.push(cents),
            Some(None) => self.usd_missing += 1,
            None => {}
        }
    }

    /// The counts suppression works on, each a group of workers.
    fn counts(&self) -> Vec<i64> {
        let mut c = vec![
            self.workers,
            self.ratios.len() as i64,
            self.charged,
            self.cost_answered - self.charged,
            self.usd_cents.len() as i64,
            self.usd_missing,
            self.sdg_workers,
        ];
        for paid in self.paid {
            c.push(paid);
            c.push(self.cost_answered - paid);
        }
        c
    }
}

const WORKERS: usize = 0;
const RATIO: usize = 1;
const CHARGED: usize = 2;
const NOT_CHARGED: usize = 3;
const USD: usize = 4;
const USD_MISSING: usize = 5;
const SDG: usize = 6;
const CATEGORY: usize = 7;

/// A worker's amounts in US dollars at the rate of their year of departure (a dollar amount
/// needs no rate). A currency without a rate leaves the worker out of every money figure.
pub fn dollars_of(fact: &ReviewFact, rates: &Rates) -> Dollars {
    let Some((code, currency)) = fact
        .currency
        .and_then(|code| Some((code, Currency::parse(code)?)))
    else {
        return Dollars::default();
    };
    let rate = rate_of(rates, code, fact.year);
    Dollars {
        cost_cents: fact
            .total_cost
            .map(|cost| rate.map(|nano| to_usd_cents(cost, currency, nano))),
        cost_and_earnings: fact.total_cost.zip(fact.first_wage).zip(rate).map(
            |((cost, wage), nano)| {
                (
                    to_usd_exact(cost, currency, nano),
                    to_usd_exact(wage, currency, nano),
                )
            },
        ),
    }
}

#[derive(Default)]
struct Group {
    total: Acc,
    years: BTreeMap<i32, Acc>,
    sectors: BTreeMap<&'static str, Acc>,
    no_sector: Acc,
    genders: BTreeMap<&'static str, Acc>,
    no_gender: Acc,
}

/// Every published corridor cell, overall and by year, by sector and by gender, suppression
/// applied. Sector and gender are optional answers: the reviews without one are the
/// unpublished part of that partition, so a shown total minus the shown cells never gives
/// away a small group (the men's figures are not the total minus the women's when some did
/// not say).
/// `rates`: (currency, year) → billionths of a dollar per unit.
pub fn compute(facts: &[ReviewFact], rates: &Rates) -> Vec<CorridorRow> {
    let mut groups: BTreeMap<(&'static str, &'static str), Group> = BTreeMap::new();
    for f in facts {
        let usd = dollars_of(f, rates);
        let g = groups.entry((f.origin, f.destination)).or_default();
        g.total.add(f, usd);
        g.years.entry(f.year).or_default().add(f, usd);
        match f.sector {
            Some(s) => g.sectors.entry(s).or_default().add(f, usd),
            None => g.no_sector.add(f, usd),
        }
        match f.gender {
            Some(s) => g.genders.entry(s).or_default().add(f, usd),
            None => g.no_gender.add(f, usd),
        }
    }
    let mut rows = Vec::new();
    for ((origin, destination), g) in groups {
        let mut cells: Vec<(&'static str, String, &Acc)> = vec![("all", String::new(), &g.total)];
        cells.extend(g.years.iter().map(|(y, a)| ("year", y.to_string(), a)));
        let first_sector = cells.len();
        cells.extend(
            g.sectors
                .iter()
                .map(|(s, a)| ("sector", (*s).to_owned(), a)),
        );
        let first_gender = cells.len();
        cells.extend(
            g.genders
                .iter()
                .map(|(s, a)| ("gender", (*s).to_owned(), a)),
        );
        let counts: Vec<Vec<i64>> = cells.iter().map(|(_, _, a)| a.counts()).collect();
        let unpublished = g.no_sector.counts();
        let unpublished_gender = g.no_gender.counts();
        let measures = counts[0].len();
        let mut shown = vec![vec![false; measures]; cells.len()];
        for m in 0..measures {
            let values: Vec<i64> = counts.iter().map(|c| c[m]).collect();
            let partitions = [
                Partition {
                    total: 0,
                    parts: (1..first_sector).collect(),
                    unpublished: 0,
                },
                Partition {
                    total: 0,
                    parts: (first_sector..first_gender).collect(),
                    unpublished: unpublished[m],
                },
                Partition {
                    total: 0,
                    parts: (first_gender..cells.len()).collect(),
                    unpublished: unpublished_gender[m],
                },
            ];
            for (i, v) in visible(&values, &partitions).into_iter().enumerate() {
                shown[i][m] = v;
            }
        }
        for (i, (breakdown, value, acc)) in cells.iter().enumerate() {
            let ok = |m: usize| shown[i][m];
            if !ok(WORKERS) || acc.workers < K {
                continue;
            }
            let answered = acc.cost_answered >= K;
            let ratio_ok = ok(RATIO) && acc.ratios.len() as i64 >= K;
            let usd_ok = ok(USD) && acc.usd_cents.len() as i64 >= K;
            let sdg_ok = ok(SDG) && acc.sdg_workers >= K;
            rows.push(CorridorRow {
                breakdown,
                breakdown_value: value.clone(),
                origin: origin.to_owned(),
                destination: destination.to_owned(),
                workers: acc.workers,
                ratio_workers: ok(RATIO).then_some(acc.ratios.len() as i64),
                ratio_mean_bp: if ratio_ok { mean(&acc.ratios) } else { None },
                ratio_median_bp: if ratio_ok {
                    median_of(acc.ratios.clone())
                } else {
                    None
                },
                fee_share_bp: (answered && ok(CHARGED) && ok(NOT_CHARGED))
                    .then(|| share_bp(acc.charged, acc.cost_answered))
                    .flatten(),
                usd_workers: ok(USD).then_some(acc.usd_cents.len() as i64),
                usd_mean_cents: if usd_ok { mean(&acc.usd_cents) } else { None },
                usd_missing: ok(USD_MISSING).then_some(acc.usd_missing),
                category_share_bp: (0..CostCategory::ALL.len())
                    .map(|c| {
                        let (paid, unpaid) = (CATEGORY + 2 * c, CATEGORY + 2 * c + 1);
                        (answered && ok(paid) && ok(unpaid))
                            .then(|| share_bp(acc.paid[c], acc.cost_answered))
                            .flatten()
                    })
                    .collect(),
                sdg: SdgAggregate {
                    workers: ok(SDG).then_some(acc.sdg_workers),
                    ratio_bp: sdg_ok
                        .then(|| exact_ratio_bp(acc.sdg_cost, acc.sdg_earnings))
                        .flatten(),
                    cost_mean_cents: sdg_ok
                        .then(|| exact_mean_cents(acc.sdg_cost, acc.sdg_workers))
                        .flatten(),
                    earnings_mean_cents: sdg_ok
                        .then(|| exact_mean_cents(acc.sdg_earnings, acc.sdg_workers))
                        .flatten(),
                },
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn fact(
        year: i32,
        cost: Option<i64>,
        wage: Option<i64>,
        currency: &'static str,
    ) -> ReviewFact {
        ReviewFact {
            recruiter_id: 1,
            origin: "NP",
            destination: "QA",
            sector: Some("construction"),
            gender: None,
            year,
            currency: Some(currency),
            total_cost: cost,
            first_wage: wage,
            charged_any: cost.map(|c| c > 0),
            ratio_bp: cost
                .zip(wage)
                .and_then(|(c, w)| crate::domain::review::ratio_bp(c, w)),
            rating: 3,
            paid: if cost.is_some_and(|c| c > 0) { 1 } else { 0 },
        }
    }

    #[test]
    fn ratios_shares_and_dollars_on_known_data() {
        let rates: Rates = [(("NPR", 2024), 7_500_000)].into_iter().collect();
        let facts = vec![
            // Ratios 1.0, 2.0, 3.0, 4.0 months; one zero wage (undefined ratio).
            fact(2024, Some(10_000), Some(10_000), "NPR"),
            fact(2024, Some(20_000), Some(10_000), "NPR"),
            fact(2024, Some(30_000), Some(10_000), "NPR"),
            fact(2024, Some(40_000), Some(10_000), "NPR"),
            fact(2024, Some(50_000), Some(0), "NPR"),
            // A currency without a rate, ratio 0 (paid nothing).
            fact(2024, Some(0), Some(10_000), "BDT"),
        ];
        let rows = compute(&facts, &rates);
        let all = rows.iter().find(|r| r.breakdown == "all").unwrap();
        assert_eq!(all.workers, 6);
        assert_eq!(all.ratio_workers, Some(5));
        // (0 + 1 + 2 + 3 + 4) / 5 = 2.0 months; median 2.0.
        assert_eq!(all.ratio_mean_bp, Some(20_000));
        assert_eq!(all.ratio_median_bp, Some(20_000));
        // Five of six paid: the one who did not is a group of 1, so the share is hidden.
        assert_eq!(all.fee_share_bp, None);
        // Five converted (NPR 2024), one left out (BDT has no rate): hidden, fewer than 5.
        assert_eq!(all.usd_workers, Some(5));
        assert_eq!(all.usd_missing, None);
        // (100 + 200 + 300 + 400 + 500) NPR × 0.0075 / 5 = 2.25 USD = 225 cents.
        assert_eq!(all.usd_mean_cents, Some(225));
    }

    /// Five workers whose costs and first wages average `cost` and `wage` (minor units),
    /// each worker's own ratio different from the average's.
    fn averaging(cost: i64, wage: i64, currency: &'static str, year: i32) -> Vec<ReviewFact> {
        let spread = [(-100, -25), (100, 25), (0, 0), (-50, -10), (50, 10)];
        spread
            .iter()
            .map(|(dc, dw)| {
                fact(
                    year,
                    Some(cost + cost * dc / 1000),
                    Some(wage + wage * dw / 100),
                    currency,
                )
            })
            .collect()
    }

    #[test]
    fn the_published_indicator_is_the_ratio_of_the_averages() {
        // The ILO's 2016 Pakistan survey: US$4,290 ÷ US$480 = 8.9 months to Saudi Arabia.
        let mut facts = averaging(429_000, 48_000, "USD", 2016);
        // A worker in a currency without a rate counts in no money figure.
        facts.push(fact(2016, Some(1_000_000), Some(10_000), "PKR"));
        let rows = compute(&facts, &Rates::new());
        let all = rows.iter().find(|r| r.breakdown == "all").unwrap();
        assert_eq!(all.workers, 6);
        assert_eq!(
            all.sdg,
            SdgAggregate {
                workers: Some(5),
                ratio_bp: Some(89_375),
                cost_mean_cents: Some(429_000),
                earnings_mean_cents: Some(48_000),
            }
        );
        // The mean of each worker's own ratio is another figure (9.10 here, not 8.94).
        assert_ne!(all.ratio_mean_bp, Some(89_375));

        // Bangladesh 2020, in taka converted at the year's rate: Tk 416,789 ÷ Tk 23,693.
        let rates: Rates = [(("BDT", 2020), 11_800_000)].into_iter().collect();
        let rows = compute(&averaging(41_678_900, 2_369_300, "BDT", 2020), &rates);
        let all = rows.iter().find(|r| r.breakdown == "all").unwrap();
        assert_eq!(all.sdg.ratio_bp, Some(175_912));
        // Tk 416,789 × 0.0118 = US$4,918.11.
        assert_eq!(all.sdg.cost_mean_cents, Some(491_811));
        // Without the rate, nobody counts, and nothing is published.
        let rows = compute(
            &averaging(41_678_900, 2_369_300, "BDT", 2020),
            &Rates::new(),
        );
        let all = rows.iter().find(|r| r.breakdown == "all").unwrap();
        assert_eq!(all.sdg.workers, Some(0));
        assert_eq!(all.sdg.ratio_bp, None);
    }

    #[test]
    fn currencies_meet_in_dollars_at_each_years_rate() {
        // Three workers paid in US dollars, three in Nepali rupees of two years.
        let rates: Rates = [(("NPR", 2023), 7_500_000), (("NPR", 2024), 10_000_000)]
            .into_iter()
            .collect();
        let mut facts: Vec<_> = (0..3)
            .map(|_| fact(2024, Some(30_000), Some(10_000), "USD"))
            .collect();
        // NPR 40,000 = US$300 (2023) or US$400 (2024); NPR 10,000 = US$75 or US$100.
        facts.push(fact(2023, Some(4_000_000), Some(1_000_000), "NPR"));
        facts.push(fact(2024, Some(4_000_000), Some(1_000_000), "NPR"));
        facts.push(fact(2024, Some(4_000_000), Some(1_000_000), "NPR"));
        let rows = compute(&facts, &rates);
        let all = rows.iter().find(|r| r.breakdown == "all").unwrap();
        // (900 + 300 + 800) ÷ (300 + 75 + 200) = 2,000 ÷ 575 = 3.4783 months.
        assert_eq!(all.sdg.workers, Some(6));
        assert_eq!(all.sdg.ratio_bp, Some(34_783));
        assert_eq!(all.sdg.earnings_mean_cents, Some(9_583));
        // Four workers: hidden like every other figure.
        let rows = compute(&facts[..4], &rates);
        assert!(rows.is_empty());
    }

    #[test]
    fn four_workers_are_hidden_five_are_shown() {
        let four: Vec<_> = (0..4)
            .map(|_| fact(2024, Some(10_000), Some(10_000), "NPR"))
            .collect();
        assert!(compute(&four, &Rates::new()).is_empty());
        let five: Vec<_> = (0..5)
            .map(|_| fact(2024, Some(10_000), Some(10_000), "NPR"))
            .collect();
        let rows = compute(&five, &Rates::new());
        let all = rows.iter().find(|r| r.breakdown == "all").unwrap();
        assert_eq!(all.workers, 5);
        assert_eq!(all.ratio_mean_bp, Some(10_000));
        assert_eq!(all.fee_share_bp, Some(10_000));
        assert_eq!(all.category_share_bp[0], Some(10_000));
        assert_eq!(all.category_share_bp[1], Some(0));
        // Nothing converted, five left out: shown (a group of five).
        assert_eq!(all.usd_missing, Some(5));
        assert_eq!(all.usd_mean_cents, None);
    }

    #[test]
    fn a_year_that_would_reveal_a_small_one_is_hidden_too() {
        // 2023: 3 workers, 2024: 10. Total 13 is shown; 2023 is small, so 2024 (13 − 3
        // would give it away) goes too.
        let mut facts: Vec<_> = (0..3)
            .map(|_| fact(2023, Some(1), Some(1), "NPR"))
            .collect();
        facts.extend((0..10).map(|_| fact(2024, Some(1), Some(1), "NPR")));
        let rows = compute(&facts, &Rates::new());
        let years: Vec<_> = rows.iter().filter(|r| r.breakdown == "year").collect();
        assert!(years.is_empty(), "{years:?}");
        assert!(rows.iter().any(|r| r.breakdown == "all" && r.workers == 13));
    }

    #[test]
    fn gender_cells_count_who_did_not_say_as_hidden() {
        let with = |gender: Option<&'static str>, n: usize| {
            (0..n).map(move |_| ReviewFact {
                gender,
                ..fact(2024, Some(1), Some(1), "NPR")
            })
        };
        // 5 women, 4 men, 3 not said: the women's cell is shown (hidden: 4 + 3 = 7).
        let facts: Vec<_> = with(Some("woman"), 5)
            .chain(with(Some("man"), 4))
            .chain(with(None, 3))
            .collect();
        let rows = compute(&facts, &Rates::new());
        let genders: Vec<_> = rows
            .iter()
            .filter(|r| r.breakdown == "gender")
            .map(|r| (r.breakdown_value.as_str(), r.workers))
            .collect();
        assert_eq!(genders, vec![("woman", 5)]);
        // 5 women, 5 men, 2 not said: showing both would reveal the 2; one goes.
        let facts: Vec<_> = with(Some("woman"), 5)
            .chain(with(Some("man"), 5))
            .chain(with(None, 2))
            .collect();
        let rows = compute(&facts, &Rates::new());
        let genders: Vec<_> = rows.iter().filter(|r| r.breakdown == "gender").collect();
        assert_eq!(genders.len(), 1, "{genders:?}");
        // Everyone said: 5 and 5 are both shown.
        let facts: Vec<_> = with(Some("woman"), 5).chain(with(Some("man"), 5)).collect();
        let rows = compute(&facts, &Rates::new());
        assert_eq!(rows.iter().filter(|r| r.breakdown == "gender").count(), 2);
    }
}
