//! Evens out what the Snowball Polish stemmer leaves apart: the vowel that drops between a
//! word's forms (klaster/klastra, rynek/rynku, koniec/końca), the r → rz alternation
//! (klastrze) and a trailing -i (energii/energia). The stemmer itself is frostem's.

use frostem::{Algorithm, Stemmer};

/// Stems one lower-case Polish word.
pub fn stem(word: &str) -> String {
    let stemmer = Stemmer::new(Algorithm::Polish);
    let mut stem = stemmer.stem(word).into_owned();
    // Typed without Polish letters, the genitive plural -ów ("klastrow") is not recognised:
    // give the stemmer the form it knows.
    if stem == word {
        if let Some(base) = word.strip_suffix("ow") {
            stem = stemmer.stem(&format!("{base}ów")).into_owned();
        }
    }
    even_out(&stem)
}

const CONSONANTS: &str = "bcćdfghjklłmnńprsśtwzźż";

fn consonant(c: char) -> bool {
    CONSONANTS.contains(c)
}

/// Applied to every Snowball stem, so forms whose stems already agreed still agree.
pub fn even_out(stem: &str) -> String {
    let mut s: Vec<char> = stem.chars().collect();
    let n = s.len();
    if n >= 5 && consonant(s[n - 1]) && s[n - 2] == 'e' {
        if s[n - 3] == 'i' && s[n - 1] == 'c' {
            // koniec → konc, to meet końc(a) once diacritics are folded.
            s.drain(n - 3..n - 1);
        } else if consonant(s[n - 3]) && matches!(s[n - 1], 'r' | 'k' | 'c') {
            s.remove(n - 2);
        }
    } else if (n >= 5 && s[n - 1] == 'z' && s[n - 2] == 'r' && consonant(s[n - 3]))
        || (n >= 6 && s[n - 1] == 'i' && consonant(s[n - 2]))
    {
        s.pop();
    }
    s.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::{even_out, stem};

    #[test]
    fn genitive_plural_without_diacritics() {
        assert_eq!(stem("klastrow"), stem("klastrów"));
        assert_eq!(stem("klastrow"), stem("klaster"));
        assert_eq!(stem("producentow"), stem("producent"));
    }

    #[test]
    fn fleeting_e_and_alternations() {
        assert_eq!(even_out("klaster"), "klastr");
        assert_eq!(even_out("klastrz"), "klastr");
        assert_eq!(even_out("klastr"), "klastr");
        assert_eq!(even_out("rynek"), "rynk");
        assert_eq!(even_out("ośrodek"), "ośrodk");
        assert_eq!(even_out("koniec"), "konc");
        assert_eq!(even_out("energi"), "energ");
        assert_eq!(even_out("technologi"), "technolog");
    }

    #[test]
    fn other_stems_untouched() {
        for s in [
            "firm",
            "region",
            "samolot",
            "wiek",
            "energetyczn",
            "szpik",
            "dzie",
            "częśc",
        ] {
            assert_eq!(even_out(s), s);
        }
    }
}
