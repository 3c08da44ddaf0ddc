DROP TABLE file_purges;
