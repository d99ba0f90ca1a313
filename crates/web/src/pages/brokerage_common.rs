//! What every brokerage page shares: the sub-navigation under the event's "B2B meetings" tab.

use crate::i18n::Tr;
use klaster_domain::events::{Event, EventViewer};

pub struct BrokerageNav {
    pub links: Vec<super::event_common::Tab>,
}

impl BrokerageNav {
    /// `active` is the path after `/events/{id}/brokerage` ("" for the overview, "/participants", ...).
    /// `joined`: the viewer takes part (their requests and agenda exist).
    pub fn new(tr: &Tr, ev: &Event, viewer: &EventViewer, joined: bool, active: &str) -> Self {
        let mut links: Vec<(&str, &str)> = vec![
            ("", "bk-nav-overview"),
            ("/participants", "bk-nav-participants"),
        ];
        if joined {
            links.push(("/requests", "bk-nav-requests"));
            links.push(("/agenda", "bk-nav-agenda"));
        }
        if viewer.is_organiser(ev) {
            links.push(("/setup", "bk-nav-setup"));
            links.push(("/dashboard", "bk-nav-dashboard"));
        }
        BrokerageNav {
            links: links
                .into_iter()
                .map(|(path, key)| super::event_common::Tab {
                    href: format!("/events/{}/brokerage{path}", ev.id),
                    label: tr.t(key),
                    active: path == active,
                })
                .collect(),
        }
    }
}
