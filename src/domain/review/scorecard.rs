//! The scorecard: what each approved review adds to its recruiter's kept sums, and what is
//! shown of them (k = 5).

use super::{Dimension, K_MIN, PRIOR_WEIGHT};

/// What one approved review contributes to its recruiter's kept scorecard. Adding it on
/// approval and subtracting it when an approved review is edited keeps the sums exact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Contribution {
    pub review_count: i64,
    pub rating_sum: i64,
    /// Per dimension other than overall: (sum, count), in [`Dimension::ALL`] order.
    pub dimensions: [(i64, i64); 4],
    /// (yes, answered) for: charged any, documents kept, contract substituted, job not as
    /// promised, would use again.
    pub shares: [(i64, i64); 5],
    /// Reviews with a defined cost ratio.
    pub ratio_count: i64,
}

/// The facts of a stored review the scorecard is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreFacts {
    pub ratings: [Option<i16>; 5],
    pub charged_any: Option<bool>,
    pub documents_kept: Option<bool>,
    pub contract_substituted: Option<bool>,
    pub job_as_promised: Option<bool>,
    pub would_use_again: Option<bool>,
    pub currency: Option<String>,
    pub total_cost: Option<i64>,
    pub cost_ratio_bp: Option<i64>,
}

impl Contribution {
    pub fn of(f: &ScoreFacts) -> Contribution {
        let share = |answer: Option<bool>| match answer {
            Some(yes) => (i64::from(yes), 1),
            None => (0, 0),
        };
        let mut dimensions = [(0, 0); 4];
        for (i, slot) in dimensions.iter_mut().enumerate() {
            if let Some(r) = f.ratings[i] {
                *slot = (i64::from(r), 1);
            }
        }
        Contribution {
            review_count: 1,
            rating_sum: f.ratings[Dimension::Overall.index()].map_or(0, i64::from),
            dimensions,
            shares: [
                share(f.charged_any),
                share(f.documents_kept),
                share(f.contract_substituted),
                share(f.job_as_promised.map(|as_promised| !as_promised)),
                share(f.would_use_again),
            ],
            ratio_count: i64::from(f.cost_ratio_bp.is_some()),
        }
    }

    /// `self + sign × other`.
    pub fn add(&mut self, other: &Contribution, sign: i64) {
        self.review_count += sign * other.review_count;
        self.rating_sum += sign * other.rating_sum;
        for (a, b) in self.dimensions.iter_mut().zip(other.dimensions) {
            a.0 += sign * b.0;
            a.1 += sign * b.1;
        }
        for (a, b) in self.shares.iter_mut().zip(other.shares) {
            a.0 += sign * b.0;
            a.1 += sign * b.1;
        }
        self.ratio_count += sign * other.ratio_count;
    }
}

/// The median of sorted values; of an even count, the mean of the middle two rounded down.
pub fn median(sorted: &[i64]) -> Option<i64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    if n % 2 == 1 {
        Some(sorted[n / 2])
    } else {
        Some(middle_of_two(sorted[n / 2 - 1], sorted[n / 2]))
    }
}

/// The mean of the two middle values, rounded down, without overflow.
pub fn middle_of_two(a: i64, b: i64) -> i64 {
    ((i128::from(a) + i128::from(b)).div_euclid(2)) as i64
}

/// A number shown only when it covers at least [`K_MIN`] reviews.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shown<T> {
    Value(T),
    Suppressed,
}

impl<T: Copy> Shown<T> {
    fn when(covered: i64, value: impl FnOnce() -> T) -> Shown<T> {
        if covered >= K_MIN {
            Shown::Value(value())
        } else {
            Shown::Suppressed
        }
    }

    pub fn value(&self) -> Option<T> {
        match self {
            Shown::Value(v) => Some(*v),
            Shown::Suppressed => None,
        }
    }
}

/// A recruiter's public scorecard, from the kept sums.
#[derive(Debug, Clone, PartialEq)]
pub struct Scorecard {
    pub review_count: i64,
    /// Shrunk towards the mean of all approved reviews with weight [`PRIOR_WEIGHT`]; `None`
    /// without reviews.
    pub rating_bayesian: Option<f64>,
    pub rating_mean: Shown<f64>,
    /// In [`Dimension::ALL`] order without overall.
    pub dimensions: [Shown<f64>; 4],
    /// Fractions 0–1: charged any fee or cost, documents kept, contract substituted, job
    /// not as promised, would use again.
    pub shares: [Shown<f64>; 5],
    /// Per currency: median total cost in minor units.
    pub cost_medians: Vec<(String, Shown<i64>)>,
    /// Median of cost ÷ first-month wage, basis points.
    pub ratio_median_bp: Shown<i64>,
}

impl Scorecard {
    /// `sums` are the recruiter's kept sums, `medians` its kept medians per currency
    /// (currency, reviews, median), `ratio_median_bp` its kept ratio median, and
    /// `(all_sum, all_count)` the overall ratings of every approved review.
    pub fn new(
        sums: &Contribution,
        medians: &[(String, i64, i64)],
        ratio_median_bp: Option<i64>,
        (all_sum, all_count): (i64, i64),
    ) -> Scorecard {
        let n = sums.review_count;
        let mean = |sum: i64, count: i64| sum as f64 / count as f64;
        let rating_bayesian = (n > 0).then(|| {
            let prior = if all_count > 0 {
                mean(all_sum, all_count)
            } else {
                mean(sums.rating_sum, n)
            };
            (PRIOR_WEIGHT as f64 * prior + sums.rating_sum as f64) / (PRIOR_WEIGHT + n) as f64
        });
        Scorecard {
            review_count: n,
            rating_bayesian,
            rating_mean: Shown::when(n, || mean(sums.rating_sum, n)),
            dimensions: sums
                .dimensions
                .map(|(sum, count)| Shown::when(count, || mean(sum, count))),
            shares: sums
                .shares
                .map(|(yes, count)| Shown::when(count, || mean(yes, count))),
            cost_medians: medians
                .iter()
                .map(|(currency, count, median)| {
                    (currency.clone(), Shown::when(*count, || *median))
                })
                .collect(),
            ratio_median_bp: match ratio_median_bp {
                Some(m) => Shown::when(sums.ratio_count, || m),
                None => Shown::Suppressed,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::currency::AMOUNT_MAX;

    #[test]
    fn scorecards_suppress_below_five_and_shrink_towards_the_prior() {
        let facts = ScoreFacts {
            ratings: [Some(1), None, None, None, Some(1)],
            charged_any: Some(true),
            documents_kept: Some(false),
            contract_substituted: None,
            job_as_promised: Some(false),
            would_use_again: Some(false),
            currency: Some("NPR".into()),
            total_cost: Some(100),
            cost_ratio_bp: Some(20_000),
        };
        let one = Contribution::of(&facts);
        let mut sums = Contribution::default();
        for _ in 0..4 {
            sums.add(&one, 1);
        }
        let card = Scorecard::new(&sums, &[("NPR".into(), 4, 100)], Some(20_000), (400, 100));
        assert_eq!(card.review_count, 4);
        // (5 × 4.0 + 4 × 1) / 9
        assert!((card.rating_bayesian.unwrap() - 24.0 / 9.0).abs() < 1e-9);
        assert_eq!(card.rating_mean, Shown::Suppressed);
        assert_eq!(card.shares[0], Shown::Suppressed);
        assert_eq!(card.cost_medians[0].1, Shown::Suppressed);
        sums.add(&one, 1);
        let card = Scorecard::new(&sums, &[("NPR".into(), 5, 100)], Some(20_000), (400, 100));
        assert_eq!(card.rating_mean, Shown::Value(1.0));
        assert_eq!(card.shares[0], Shown::Value(1.0));
        assert_eq!(card.shares[1], Shown::Value(0.0));
        assert_eq!(card.shares[2], Shown::Suppressed);
        assert_eq!(card.shares[3], Shown::Value(1.0));
        assert_eq!(card.ratio_median_bp, Shown::Value(20_000));
        assert_eq!(card.dimensions[0], Shown::Value(1.0));
        assert_eq!(card.dimensions[1], Shown::Suppressed);
        sums.add(&one, -1);
        assert_eq!(sums.review_count, 4);
    }

    #[test]
    fn medians_of_odd_and_even_counts() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3]), Some(3));
        assert_eq!(median(&[1, 2, 9]), Some(2));
        assert_eq!(median(&[1, 2, 4, 9]), Some(3));
        assert_eq!(median(&[1, 2]), Some(1));
        assert_eq!(middle_of_two(AMOUNT_MAX, AMOUNT_MAX), AMOUNT_MAX);
    }
}
