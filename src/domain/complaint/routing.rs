//! Whom a complaint reaches: consent, coverage and sector.

use crate::domain::account::{OrganisationKind, Sector};

/// An organisation as routing sees it.
#[derive(Debug, Clone)]
pub struct RoutingTarget {
    pub id: i64,
    pub kind: OrganisationKind,
    pub countries: Vec<String>,
    pub sectors: Vec<Sector>,
}

/// Does the complaint go to this organisation? Its kind was consented to, it covers the
/// corridor's origin, destination or the recruiter's licensing country, and its sectors (if
/// it lists any) include the complaint's sector.
pub fn routes_to(
    target: &RoutingTarget,
    share_with: &[OrganisationKind],
    corridor: [&str; 2],
    licensing_country: Option<&str>,
    sector: Option<Sector>,
) -> bool {
    let consented = share_with.contains(&target.kind);
    let covers = target
        .countries
        .iter()
        .any(|c| corridor.contains(&c.as_str()) || Some(c.as_str()) == licensing_country);
    let sector_ok =
        target.sectors.is_empty() || sector.is_some_and(|s| target.sectors.contains(&s));
    consented && covers && sector_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routing_needs_consent_coverage_and_a_matching_sector() {
        let union = RoutingTarget {
            id: 1,
            kind: OrganisationKind::TradeUnion,
            countries: vec!["NP".into()],
            sectors: vec![],
        };
        let kinds = [OrganisationKind::TradeUnion];
        assert!(routes_to(&union, &kinds, ["NP", "QA"], None, None));
        assert!(!routes_to(
            &union,
            &[OrganisationKind::LegalAid],
            ["NP", "QA"],
            None,
            None
        ));
        assert!(!routes_to(&union, &kinds, ["BD", "QA"], None, None));
        assert!(routes_to(&union, &kinds, ["BD", "QA"], Some("NP"), None));
        let builders = RoutingTarget {
            sectors: vec![Sector::Construction],
            ..union
        };
        assert!(!routes_to(&builders, &kinds, ["NP", "QA"], None, None));
        assert!(!routes_to(
            &builders,
            &kinds,
            ["NP", "QA"],
            None,
            Some(Sector::Care)
        ));
        assert!(routes_to(
            &builders,
            &kinds,
            ["NP", "QA"],
            None,
            Some(Sector::Construction)
        ));
    }
}
