//! The CLUSTERS3 needs survey: the Marshal's Office of the Lubelskie Voivodeship asks the region's
//! cluster organisations and their members what they need, before its stakeholder meetings,
//! study visits and the regional Action Plan (report 000). The answers are generated, believable
//! and marked as demo data.

use crate::rng::Rng;
use klaster_domain::surveys::{
    Answer, QuestionKind, RawQuestionInput, RawSurveyInput, Structure, Texts,
};
use klaster_domain::OrgKind;

/// The owner organisation's demo key.
pub const OWNER: &str = "umwl";
/// The organisation left out of the generated answers, so that its demo people can answer live.
pub const LEFT_FOR_LIVE: &str = "lke";

fn tx(en: &str, pl: &str, bg: &str) -> Texts {
    [("en", en), ("pl", pl), ("bg", bg)]
        .into_iter()
        .map(|(l, t)| (l.to_string(), t.to_string()))
        .collect()
}

/// A question with the index of its section and, for a conditional question, the indexes of the
/// earlier question and of the option it waits for.
pub type DemoQuestion = (usize, RawQuestionInput, Option<(usize, usize)>);

pub struct DemoSurvey {
    pub settings: RawSurveyInput,
    pub sections: Vec<Texts>,
    /// Conditions refer to earlier questions by index and are resolved to keys when loading.
    pub questions: Vec<DemoQuestion>,
}

pub fn needs_survey() -> DemoSurvey {
    let settings = RawSurveyInput {
        title: tx(
            "Needs of the Lubelskie clusters (CLUSTERS3)",
            "Potrzeby klastrów Lubelszczyzny (CLUSTERS3)",
            "Нужди на клъстерите в Люблинско войводство (CLUSTERS3)",
        ),
        intro: tx(
            "The Marshal's Office of the Lubelskie Voivodeship is preparing, within the CLUSTERS3 project (Interreg Europe), an Action Plan for a more cluster-friendly regional policy. This survey helps us diagnose the problems and needs of the region's clusters, together with stakeholder meetings and study visits to partner regions. One answer per organisation; answers are anonymous.",
            "Urząd Marszałkowski Województwa Lubelskiego przygotowuje w projekcie CLUSTERS3 (Interreg Europa) Plan Działania na rzecz polityki bardziej przyjaznej klastrom. Ankieta – obok spotkań z interesariuszami i wizyt studyjnych w regionach partnerskich – pomoże zdiagnozować problemy i potrzeby klastrów regionu. Jedna odpowiedź na organizację; odpowiedzi są anonimowe.",
            "Маршалската служба на Люблинско войводство подготвя по проекта CLUSTERS3 (Интеррег Европа) План за действие за по-благоприятна за клъстерите регионална политика. Анкетата, заедно със срещите със заинтересованите страни и учебните посещения в партньорските региони, ще помогне да се установят проблемите и нуждите на клъстерите в региона. Един отговор на организация; отговорите са анонимни.",
        ),
        audience: "region_orgs".into(),
        audience_nuts: "PL81".into(),
        anonymous: true,
        per_org: true,
        results_public: true,
        closes_on: "2027-03-31".into(),
        ..Default::default()
    };
    let sections = vec![
        tx(
            "Your organisation",
            "Twoja organizacja",
            "Вашата организация",
        ),
        tx(
            "Needs and priorities",
            "Potrzeby i priorytety",
            "Нужди и приоритети",
        ),
    ];
    let q = |kind: &str, required: bool, text: Texts| RawQuestionInput {
        kind: kind.into(),
        required,
        text,
        ..Default::default()
    };
    let mut sector = q(
        "single",
        true,
        tx(
            "In which sector does your organisation mainly work?",
            "W jakim sektorze głównie działa Twoja organizacja?",
            "В кой сектор работи предимно вашата организация?",
        ),
    );
    sector.options = vec![
        tx(
            "Renewable energy and energy efficiency",
            "Odnawialne źródła energii i efektywność energetyczna",
            "Възобновяема енергия и енергийна ефективност",
        ),
        tx(
            "Food and agriculture",
            "Żywność i rolnictwo",
            "Храни и селско стопанство",
        ),
        tx(
            "IT and digital services",
            "IT i usługi cyfrowe",
            "ИТ и дигитални услуги",
        ),
        tx(
            "Medicine and health",
            "Medycyna i zdrowie",
            "Медицина и здраве",
        ),
        tx("Construction", "Budownictwo", "Строителство"),
        tx("Other", "Inny", "Друг"),
    ];
    let mut staff = q(
        "number",
        false,
        tx(
            "How many people work in your organisation?",
            "Ile osób pracuje w Twojej organizacji?",
            "Колко души работят във вашата организация?",
        ),
    );
    staff.min = Some(0.0);
    staff.max = Some(500.0);
    let mut support = q(
        "multiple",
        true,
        tx(
            "Which kinds of support does your organisation need most from the region?",
            "Jakiego wsparcia ze strony regionu Twoja organizacja potrzebuje najbardziej?",
            "От каква подкрепа от региона се нуждае най-много вашата организация?",
        ),
    );
    support.options = vec![
        tx(
            "Funding for cluster management",
            "Finansowanie koordynacji klastra",
            "Финансиране на управлението на клъстера",
        ),
        tx(
            "Entering international markets",
            "Wejście na rynki międzynarodowe",
            "Излизане на международни пазари",
        ),
        tx(
            "Cooperation with universities and research institutes",
            "Współpraca z uczelniami i instytutami badawczymi",
            "Сътрудничество с университети и научни институти",
        ),
        tx(
            "Training for cluster managers",
            "Szkolenia dla koordynatorów klastrów",
            "Обучение за мениджъри на клъстери",
        ),
        tx(
            "Joint R&D projects",
            "Wspólne projekty B+R",
            "Съвместни проекти за научни изследвания",
        ),
        tx(
            "Promotion of the region's offer",
            "Promocja oferty regionu",
            "Популяризиране на предлагането на региона",
        ),
    ];
    let mut policy = q(
        "scale",
        true,
        tx(
            "How well does the current regional cluster policy meet your needs?",
            "W jakim stopniu obecna regionalna polityka klastrowa odpowiada na Twoje potrzeby?",
            "Доколко настоящата регионална клъстерна политика отговаря на нуждите ви?",
        ),
    );
    policy.min = Some(1.0);
    policy.max = Some(5.0);
    policy.min_label = tx("not at all", "wcale", "изобщо не");
    policy.max_label = tx("fully", "w pełni", "напълно");
    let mut abroad = q(
        "single",
        true,
        tx(
            "Has your organisation worked with clusters from other countries?",
            "Czy Twoja organizacja współpracowała z klastrami z innych krajów?",
            "Работила ли е вашата организация с клъстери от други държави?",
        ),
    );
    abroad.options = vec![tx("Yes", "Tak", "Да"), tx("No", "Nie", "Не")];
    let abroad_story = q(
        "long_text",
        false,
        tx(
            "What was the most valuable part of that cooperation?",
            "Co było najcenniejsze w tej współpracy?",
            "Кое беше най-ценното в това сътрудничество?",
        ),
    );
    let mut priorities = q(
        "rank",
        true,
        tx(
            "Rank these priorities for the regional Action Plan (1 = most important).",
            "Uszereguj priorytety regionalnego Planu Działania (1 = najważniejszy).",
            "Подредете приоритетите за регионалния План за действие (1 = най-важен).",
        ),
    );
    priorities.options = vec![
        tx(
            "Support for cluster development strategies",
            "Wsparcie strategii rozwoju klastrów",
            "Подкрепа за стратегии за развитие на клъстери",
        ),
        tx(
            "Building social capital and trust",
            "Budowa kapitału społecznego i zaufania",
            "Изграждане на социален капитал и доверие",
        ),
        tx(
            "Cooperation chains with larger companies",
            "Łańcuchy kooperacyjne z większymi firmami",
            "Вериги на сътрудничество с по-големи компании",
        ),
        tx(
            "Entering international markets",
            "Wchodzenie na rynki międzynarodowe",
            "Излизане на международни пазари",
        ),
    ];
    let change = q(
        "long_text",
        false,
        tx(
            "What should the regional government change first?",
            "Co samorząd województwa powinien zmienić w pierwszej kolejności?",
            "Какво трябва да промени първо регионалната власт?",
        ),
    );
    DemoSurvey {
        settings,
        sections,
        questions: vec![
            (0, sector, None),
            (0, staff, None),
            (1, support, None),
            (1, policy, None),
            (1, abroad, None),
            // Shown only to those who answered "Yes" (option 0) to question 4 (index 4).
            (1, abroad_story, Some((4, 0))),
            (1, priorities, None),
            (1, change, None),
        ],
    }
}

const STORIES: &[&str] = &[
    "Wspólna misja gospodarcza z klastrem z Saksonii: dwa kontrakty na instalacje fotowoltaiczne.",
    "Wizyta studyjna w Katalonii pokazała, jak finansować koordynatora klastra z kilku źródeł.",
    "The joint training for installers with a Slovak cluster; we now share trainers.",
    "Wspólny wniosek do programu Interreg z partnerami z Bułgarii i Rumunii.",
    "Poznaliśmy model łańcucha kooperacyjnego z dużą firmą energetyczną w Finlandii.",
];

const CHANGES: &[&str] = &[
    "Stabilne finansowanie koordynacji klastrów przez co najmniej trzy lata, a nie tylko projekty.",
    "Regionalny program umiędzynarodowienia klastrów: misje, targi i wizyty studyjne.",
    "Kryteria w konkursach RPO premiujące projekty realizowane w klastrach.",
    "Regularne spotkania klastrów z urzędem i uczelniami, żeby budować zaufanie.",
    "Less paperwork in regional calls; a single contact person at the Marshal's Office.",
    "Wsparcie doradcze przy pisaniu strategii rozwoju klastra.",
];

/// Believable answers for one organisation: energy-heavy, with internationalisation and stable
/// funding as the most common needs. `seed` makes each organisation's answers its own.
pub fn answers_for(st: &Structure, kind: OrgKind, seed: u64) -> Vec<Answer> {
    let mut rng = Rng::new(0x5eed_c105 ^ seed.wrapping_mul(0x9E37_79B9));
    let order = st.ordered();
    let mut out = Vec::new();
    let mut said_yes = false;
    for (i, q) in order.iter().enumerate() {
        let mut a = Answer {
            question: q.key,
            ..Default::default()
        };
        match (i, q.kind) {
            (0, QuestionKind::Single) => {
                // Energy first: the region's clusters are mostly eco-energy ones.
                let weights = [45, 20, 12, 8, 8, 7];
                let mut r = rng.below(100) as i32;
                let mut pick = 0;
                for (j, w) in weights.iter().enumerate() {
                    if r < *w {
                        pick = j;
                        break;
                    }
                    r -= w;
                }
                a.choices = vec![q.options[pick].key];
            }
            (1, QuestionKind::Number) => {
                if rng.chance(0.85) {
                    let n = match kind {
                        OrgKind::Company => rng.range(3, 120),
                        OrgKind::University | OrgKind::Research => rng.range(40, 480),
                        OrgKind::Cluster => rng.range(2, 9),
                        _ => rng.range(5, 60),
                    };
                    a.number = Some(n as f64);
                } else {
                    continue;
                }
            }
            (_, QuestionKind::Multiple) => {
                let odds = [0.7, 0.6, 0.45, 0.3, 0.5, 0.35];
                a.choices = q
                    .options
                    .iter()
                    .zip(odds)
                    .filter_map(|(o, p)| rng.chance(p).then_some(o.key))
                    .collect();
                if a.choices.is_empty() {
                    a.choices = vec![q.options[1].key];
                }
            }
            (_, QuestionKind::Scale) => {
                let v = [1, 2, 2, 3, 3, 3, 3, 4, 4, 5][rng.below(10)];
                a.number = Some(v as f64);
            }
            (_, QuestionKind::Single) => {
                said_yes = rng.chance(0.45);
                a.choices = vec![q.options[if said_yes { 0 } else { 1 }].key];
            }
            (_, QuestionKind::LongText) if q.condition.is_some() => {
                if !said_yes || !rng.chance(0.7) {
                    continue;
                }
                a.text = Some(STORIES[rng.below(STORIES.len())].to_string());
            }
            (_, QuestionKind::LongText) => {
                if !rng.chance(0.5) {
                    continue;
                }
                a.text = Some(CHANGES[rng.below(CHANGES.len())].to_string());
            }
            (_, QuestionKind::Rank) => {
                let mut keys: Vec<i64> = q.options.iter().map(|o| o.key).collect();
                // Internationalisation and social capital lead more often than not.
                keys.swap(0, 3);
                for j in (1..keys.len()).rev() {
                    if rng.chance(0.4) {
                        let k = rng.below(j + 1);
                        keys.swap(j, k);
                    }
                }
                a.choices = keys;
            }
            _ => continue,
        }
        out.push(a);
    }
    out
}
