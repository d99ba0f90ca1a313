//! The dzn parser on hand-written files (well-formed and malformed) and on the real benchmark files.

mod common;

use klaster_scheduling::dzn::{parse, read_instance};
use klaster_scheduling::Error;

const SMALL: &str = "% a tiny event
nBusiness = 4;
nMeetings = 3;
nTables = 2;
nTotalSlots = 4;
nMorningSlots = 2;
requested = [|1, 2,1, 
|1, 3,3, 
|4, 2,2, 
|];
meetingsxBusiness = [{1,2,3},{1,2,4},{1,3},{1,4}];
nMeetingsBusiness = [2,2,1,1];
forbidden = [{0},{0,4},{0},{}];
fixed = [0,3,0];
precedences = [{},{1},{}];
";

#[test]
fn parses_a_hand_written_file_with_the_benchmark_quirks() {
    let parsed = parse(SMALL).expect("well-formed");
    assert_eq!(parsed.participants, 4);
    assert_eq!(parsed.requested, vec![(0, 1, 1), (0, 2, 3), (3, 1, 2)]);
    // Dummy 0 dropped, slots 0-based.
    assert_eq!(parsed.forbidden, vec![vec![], vec![3], vec![], vec![]]);
    assert_eq!(parsed.fixed, vec![None, Some(2), None]);
    // precedences[2] = {1}: meeting 1 before meeting 2 (0-based: 0 before 1).
    assert_eq!(parsed.precedences, vec![(0, 1)]);

    let instance = parsed.to_instance();
    assert_eq!(instance.meetings[0].eligible_slots, vec![0, 1]); // morning only
    assert_eq!(instance.meetings[1].eligible_slots, vec![0, 1, 2, 3]);
    assert_eq!(instance.meetings[1].allowed_slots(), vec![2]); // fixed to slot 3 (1-based)
    assert_eq!(instance.meetings[2].eligible_slots, vec![2]); // afternoon, participant 2 cannot do slot 4
    assert_eq!(instance.tables_per_slot, vec![2; 4]);
    assert!(
        instance.day_of_slot.iter().all(|&d| d == 0),
        "lunch is no gap: one day"
    );
}

fn parse_error_line(text: &str) -> (usize, String) {
    match parse(text) {
        Err(Error::Parse { line, message, .. }) => (line, message),
        other => panic!("expected a parse error, got {other:?}"),
    }
}

#[test]
fn reports_the_line_of_a_missing_semicolon() {
    let text = SMALL.replace("nTables = 2;", "nTables = 2");
    let (line, message) = parse_error_line(&text);
    assert_eq!(line, 5, "{message}");
    assert!(message.contains("`;`"), "{message}");
}

#[test]
fn reports_a_row_count_that_disagrees_with_n_meetings() {
    let text = SMALL.replace("nMeetings = 3;", "nMeetings = 4;");
    let (line, message) = parse_error_line(&text);
    assert_eq!(line, 7);
    assert!(message.contains("3 rows"), "{message}");
}

#[test]
fn rejects_bad_values_with_their_line() {
    let (line, message) = parse_error_line(&SMALL.replace("|4, 2,2,", "|4, 2,5,"));
    assert_eq!(line, 7);
    assert!(
        message.contains("row 3") && message.contains("session 5"),
        "{message}"
    );

    let (line, message) = parse_error_line(&SMALL.replace("|1, 3,3,", "|1, 9,3,"));
    assert_eq!(line, 7);
    assert!(message.contains("row 2"), "{message}");

    let (line, message) = parse_error_line(&SMALL.replace("fixed = [0,3,0];", "fixed = [0,7,0];"));
    assert_eq!(line, 14, "{message}");

    let (line, message) =
        parse_error_line(&SMALL.replace("nTotalSlots = 4;", "nTotalSlots = 4 $;"));
    assert_eq!(line, 5);
    assert!(message.contains("unexpected character"), "{message}");

    let (line, _) = parse_error_line(&SMALL.replace(
        "forbidden = [{0},{0,4},{0},{}];",
        "forbidden = [{0},{0,4},{0}];",
    ));
    assert_eq!(line, 13);
}

#[test]
fn reports_missing_parameters_and_truncated_files() {
    let text = SMALL.replace("fixed = [0,3,0];\n", "");
    assert!(matches!(parse(&text), Err(Error::Invalid(m)) if m.contains("fixed")));
    let truncated = &SMALL[..SMALL.find("|4, 2").unwrap()];
    let (line, message) = parse_error_line(truncated);
    assert!(message.contains("end of file"), "{message}");
    assert_eq!(line, 8, "the last line with content");
}

/// Every real file parses and agrees with the recount in `instance_stats.csv`.
#[test]
fn parses_every_benchmark_file_consistently_with_its_statistics() {
    let Some(dir) =
        common::benchmark_dir("parses_every_benchmark_file_consistently_with_its_statistics")
    else {
        return;
    };
    let stats = std::fs::read_to_string(dir.join("instance_stats.csv")).expect("stats");
    let mut lines = stats.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let mut checked = 0;
    for line in lines {
        let f: Vec<&str> = line.split(',').collect();
        let path = dir.join("instances").join(f[0]);
        let text = std::fs::read_to_string(&path).unwrap();
        let parsed = parse(&text).unwrap_or_else(|e| panic!("{}: {e}", f[0]));
        let instance = read_instance(&path).unwrap();
        let num = |name: &str| f[col(name)].parse::<usize>().unwrap();
        assert_eq!(parsed.participants, num("participants"), "{}", f[0]);
        assert_eq!(parsed.requested.len(), num("meetings"), "{}", f[0]);
        assert_eq!(parsed.slots, num("slots"), "{}", f[0]);
        assert_eq!(parsed.morning_slots, num("morning_slots"), "{}", f[0]);
        assert_eq!(parsed.tables, num("tables"), "{}", f[0]);
        assert_eq!(
            parsed.forbidden.iter().map(Vec::len).sum::<usize>(),
            num("forbidden_pairs"),
            "{}",
            f[0]
        );
        assert_eq!(
            parsed.fixed.iter().flatten().count(),
            num("fixed_meetings"),
            "{}",
            f[0]
        );
        assert_eq!(
            parsed.precedences.len(),
            num("precedence_pairs"),
            "{}",
            f[0]
        );
        instance.check().unwrap();
        checked += 1;
    }
    assert_eq!(checked, 140);
}
