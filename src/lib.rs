//! FairRecruit: a recruiter directory, reviews and complaints for migrant workers.

pub mod api;
pub mod app;
pub mod auth;
pub mod backup;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod evidence;
pub mod i18n;
pub mod import;
pub mod jobs;
pub mod lifecycle;
pub mod memory;
pub mod metrics;
pub mod notify;
pub mod query;
pub mod reports;
pub mod seal;
pub mod startup;
pub mod telemetry;
pub mod web;
