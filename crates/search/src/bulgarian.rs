//! A light Bulgarian stemmer: no Snowball stemmer exists for Bulgarian, so this strips the
//! definite article and the common plural/gender endings (after the ideas of Nakov's BulStem),
//! then evens out the vowel that drops between a word's forms (център/центрове, зелен/зелна).
//! It aims at recall for directory search, not at linguistically exact stems.

/// Longest suffixes first: the first one that leaves a long enough stem is removed.
const SUFFIXES: &[&str] = &[
    // -ище nouns and their plurals with the article (училищата)
    "ищата",
    "ището",
    "овете",
    "евете",
    // -ия nouns: технологията, технологиите
    "ията",
    "иите",
    "ище",
    "ища",
    "ове",
    "еве",
    "ите",
    "ият",
    "ата",
    "ята",
    "ото",
    "ето",
    "ът",
    "ят",
    "ия",
    "ии",
    "а",
    "я",
    "и",
    "о",
    "е",
];

/// Shortest stem left after stripping, in characters.
const MIN_STEM: usize = 3;

/// Stems one lower-case Bulgarian word. Words without Cyrillic letters pass through unchanged.
pub fn stem(word: &str) -> String {
    if !word.chars().any(is_cyrillic) {
        return word.to_string();
    }
    let chars: Vec<char> = word.chars().collect();
    let mut stem: Vec<char> = chars.clone();
    for suffix in SUFFIXES {
        let suffix: Vec<char> = suffix.chars().collect();
        if chars.len() >= suffix.len() + MIN_STEM && chars.ends_with(&suffix) {
            stem.truncate(chars.len() - suffix.len());
            break;
        }
    }
    drop_fleeting_vowel(&mut stem);
    stem.into_iter().collect()
}

/// ъ and е that appear only in some forms of a word (център → центрове, иновативен → иновативна):
/// removing them from the stem's last syllable makes both forms meet.
fn drop_fleeting_vowel(stem: &mut Vec<char>) {
    let n = stem.len();
    if n < 4 {
        return;
    }
    let last = stem[n - 1];
    let before = stem[n - 2];
    if !is_consonant(last) {
        return;
    }
    let fleeting = before == 'ъ' || (before == 'е' && last == 'н' && n >= 5);
    if fleeting && is_consonant(stem[n - 3]) {
        stem.remove(n - 2);
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

fn is_consonant(c: char) -> bool {
    is_cyrillic(c) && !"аъоуеиюяэыьй".contains(c)
}

#[cfg(test)]
mod tests {
    use super::stem;

    fn same(forms: &[&str]) {
        let first = stem(forms[0]);
        for f in forms {
            assert_eq!(stem(f), first, "{f} vs {}", forms[0]);
        }
    }

    #[test]
    fn noun_forms_meet() {
        same(&["клъстер", "клъстери", "клъстерът", "клъстера", "клъстерите"]);
        same(&["община", "общини", "общината", "общините"]);
        same(&["технология", "технологии", "технологията", "технологиите"]);
        same(&["град", "градове", "градовете", "града"]);
        same(&["член", "членове", "членът", "членовете"]);
        same(&["училище", "училища", "училищата"]);
        same(&["село", "села", "селото"]);
        same(&["център", "центрове", "центъра", "центърът"]);
        same(&["планета", "планети", "планетата"]);
    }

    #[test]
    fn adjective_forms_meet() {
        same(&[
            "зелен",
            "зелена",
            "зелено",
            "зелени",
            "зеления",
            "зеленият",
            "зелената",
            "зелените",
        ]);
        same(&["иновативен", "иновативна", "иновативни", "иновативната"]);
        same(&[
            "български",
            "българска",
            "българския",
            "българският",
            "българското",
        ]);
    }

    #[test]
    fn short_and_foreign_words_are_kept() {
        assert_eq!(stem("път"), "път");
        assert_eq!(stem("и"), "и");
        assert_eq!(stem("ядро"), "ядр");
        assert_eq!(stem("energy"), "energy");
        assert_eq!(stem(""), "");
        assert_eq!(stem("2024"), "2024");
    }

    #[test]
    fn different_words_stay_apart() {
        assert_ne!(stem("клъстер"), stem("клъстерен"));
        assert_ne!(stem("енергия"), stem("енергетика"));
        assert_ne!(stem("град"), stem("градина"));
    }
}
