//! The 16-digit receipt a worker follows a complaint with.

/// The 16-digit receipt a worker follows a complaint with. Shown once, stored only as a hash.
#[derive(Clone, PartialEq, Eq)]
pub struct Receipt(String);

impl std::fmt::Debug for Receipt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Receipt(****)")
    }
}

impl Receipt {
    pub fn generate() -> Receipt {
        let mut bytes = [0u8; 16];
        let mut digits = String::with_capacity(16);
        while digits.len() < 16 {
            getrandom::fill(&mut bytes).expect("the operating system's random source is available");
            // Rejection sampling: bytes of 250 and above would favour the low digits.
            digits.extend(
                bytes
                    .iter()
                    .filter(|b| **b < 250)
                    .map(|b| char::from(b'0' + b % 10)),
            );
        }
        digits.truncate(16);
        Receipt(digits)
    }

    /// 16 digits, typed with or without spaces or dashes (any script's digits are not
    /// accepted: the receipt is shown in ASCII digits).
    pub fn parse(input: &str) -> Option<Receipt> {
        if input.len() > 64 {
            return None;
        }
        let digits = crate::domain::text::without_separators(input);
        (digits.len() == 16 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then_some(Receipt(digits))
    }

    pub fn digits(&self) -> &str {
        &self.0
    }

    /// `1234-5678-9012-3456`.
    pub fn grouped(&self) -> String {
        crate::domain::text::grouped_by_four(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipts_are_sixteen_digits_grouped_by_four() {
        let r = Receipt::generate();
        assert_eq!(r.digits().len(), 16);
        assert!(r.digits().bytes().all(|b| b.is_ascii_digit()));
        assert_ne!(r, Receipt::generate());
        let typed = Receipt::parse(" 1234 5678-9012 3456 ").unwrap();
        assert_eq!(typed.grouped(), "1234-5678-9012-3456");
        for bad in [
            "123",
            "1234567890123456789",
            "abcd-efgh-ijkl-mnop",
            "१२३४५६७८९०१२३४५६",
        ] {
            assert!(Receipt::parse(bad).is_none(), "{bad}");
        }
        assert_eq!(format!("{r:?}"), "Receipt(****)");
    }
}
