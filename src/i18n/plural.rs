//! CLDR plural categories for the UI languages, so counts read naturally
//! ("مشاهدتان", "١١ مشاهدة", "1 view"). Integers only: counts are whole.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// Arabic (CLDR): zero 0; one 1; two 2; few n%100 in 3..=10; many n%100 in 11..=99; other.
pub fn arabic(n: u64) -> PluralCategory {
    match (n, n % 100) {
        (0, _) => PluralCategory::Zero,
        (1, _) => PluralCategory::One,
        (2, _) => PluralCategory::Two,
        (_, 3..=10) => PluralCategory::Few,
        (_, 11..=99) => PluralCategory::Many,
        _ => PluralCategory::Other,
    }
}

/// English (CLDR): one 1; other.
pub fn english(n: u64) -> PluralCategory {
    if n == 1 {
        PluralCategory::One
    } else {
        PluralCategory::Other
    }
}

/// Urdu (CLDR): one 1; other.
pub fn urdu(n: u64) -> PluralCategory {
    english(n)
}

/// Hebrew (CLDR 42 and later): one 1; two 2; other.
pub fn hebrew(n: u64) -> PluralCategory {
    match n {
        1 => PluralCategory::One,
        2 => PluralCategory::Two,
        _ => PluralCategory::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::PluralCategory::*;
    use super::*;

    #[test]
    fn arabic_boundaries() {
        let cases = [
            (0, Zero),
            (1, One),
            (2, Two),
            (3, Few),
            (10, Few),
            (11, Many),
            (99, Many),
            (100, Other),
            (101, Other),
            (102, Other),
            (103, Few),
            (110, Few),
            (111, Many),
            (199, Many),
            (200, Other),
            (1000, Other),
            (1003, Few),
        ];
        for (n, category) in cases {
            assert_eq!(arabic(n), category, "{n}");
        }
    }

    #[test]
    fn english_boundaries() {
        assert_eq!(english(0), Other);
        assert_eq!(english(1), One);
        assert_eq!(english(2), Other);
        assert_eq!(english(11), Other);
    }
}
