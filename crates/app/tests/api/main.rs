//! Black-box tests of the whole platform over HTTP, on SQLite and PostgreSQL.

mod helpers;

mod accounts;
mod action_plans;
mod api;
mod authz;
mod brokerage_meetings;
mod brokerage_requests;
mod brokerage_setup;
mod browser;
mod cli;
mod cordis;
mod directory;
mod engagement;
mod events;
mod good_practices;
mod groups;
mod marketplace;
mod meta_clusters;
mod news;
mod notifications;
mod pages;
mod projects;
mod registration;
mod scenario;
mod suggestions;
mod surveys;
mod voting;
