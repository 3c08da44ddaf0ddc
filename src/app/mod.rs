//! Use cases beneath web/ and api/: each takes typed input and the caller's identity,
//! authorises, runs one transaction through db/, and returns typed results. Pages and the
//! JSON API are thin adapters over these functions; neither imports the other.

pub mod accounts;
pub mod casework;
pub mod complaints;
pub mod evidence;
pub mod keys;
pub mod partner;
pub mod reviews;
pub mod second_factor;
pub mod webhooks;
