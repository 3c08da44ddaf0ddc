DROP TABLE report_justice_organisations;
DROP TABLE report_justice_counts;
DROP TABLE report_rankings;
DROP TABLE report_corridors;
DROP TABLE report_refreshes;
DROP TABLE exchange_rates;
