"""Texts of the store on a PostgreSQL server, of a region's set-up and of the regional
comparison; part of the text catalogue (keys in full: ``db.…``, ``region.…``,
``comparison.…``, ``report.comparison_…``)."""

from __future__ import annotations

from desktop_app.texts.entry import Entry

REGION: dict[str, Entry] = {
    # -- a PostgreSQL server as the store -------------------------------------------------------
    "db.older_schema": (
        "Die Datenbank auf dem Server {path} hat einen älteren Stand als dieses Programm "
        "({detail}). Bitte lassen Sie sie von der Administration aktualisieren: zuerst mit "
        "pg_dump sichern, dann „wandelkompass --database-url … schema-upgrade“.",
        "The database on the server {path} is older than this program ({detail}). Please "
        "have the administrators upgrade it: back it up with pg_dump first, then run "
        "“wandelkompass --database-url … schema-upgrade”.",
    ),
    "db.no_schema": (
        "Die Datenbank auf dem Server {path} ist leer, und diese Anmeldung darf keine Tabellen "
        "anlegen. Bitte lassen Sie sie von der Administration einrichten "
        "(„wandelkompass --database-url … schema-upgrade“).",
        "The database on the server {path} is empty, and this login may not create tables. "
        "Please have the administrators set it up "
        "(“wandelkompass --database-url … schema-upgrade”).",
    ),
    "db.unreachable": (
        "Der Datenbankserver {path} ist nicht erreichbar ({detail}). Bitte prüfen Sie die "
        "Netzwerkverbindung und die Adresse; ohne Netz arbeiten Sie mit der Datei auf diesem "
        "Rechner weiter und senden die Erhebung später.",
        "The database server {path} cannot be reached ({detail}). Please check the network "
        "connection and the address; without a network keep working with the file on this "
        "computer and send the assessment later.",
    ),
    "db.login_failed": (
        "Der Datenbankserver {path} hat die Anmeldung abgelehnt ({detail}). Bitte prüfen Sie "
        "Benutzername und Passwort (etwa in ~/.pgpass).",
        "The database server {path} refused the login ({detail}). Please check the user name "
        "and password (for instance in ~/.pgpass).",
    ),
    "db.forbidden": (
        "Diese Anmeldung darf auf dem Datenbankserver {path} nicht tun, was nötig wäre "
        "({detail}). Bitte wenden Sie sich an die Administration der Region.",
        "This login may not do what is needed on the database server {path} ({detail}). "
        "Please ask the region's administrators.",
    ),
    "db.bad_url": (
        "Die Datenbankadresse {path} ist ungültig. Sie hat die Form {detail}.",
        "The database address {path} is not valid. It has the form {detail}.",
    ),
    "store.unreachable": (
        "Nicht gespeichert: Der Datenbankserver {path} ist nicht erreichbar ({detail}). "
        "Bitte prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.",
        "Not saved: the database server {path} cannot be reached ({detail}). Please check "
        "the network connection and try again.",
    ),
    "store.forbidden": (
        "Nicht gespeichert: Der Datenbankserver {path} erlaubt diese Änderung für Ihre "
        "Kommune nicht ({detail}).",
        "Not saved: the database server {path} does not allow this change for your "
        "municipality ({detail}).",
    ),
    "store.login_failed": (
        "Nicht gespeichert: Der Datenbankserver {path} hat die Anmeldung abgelehnt ({detail}).",
        "Not saved: the database server {path} refused the login ({detail}).",
    ),
    "cli.schema_upgraded": (
        "Datenbank {where} von Stand {before} auf Stand {after} gebracht.",
        "Database {where} upgraded from revision {before} to {after}.",
    ),
    "cli.schema_current": (
        "Datenbank {where} ist bereits auf dem Stand dieses Programms ({after}).",
        "Database {where} is already at this program's revision ({after}).",
    ),
    # -- setting up a region on the server (wandelkompass region …) ----------------------------
    "region.needs_server": (
        "Die region-Befehle richten eine Region auf einem PostgreSQL-Server ein. Bitte geben "
        "Sie den Server mit --database-url an (oder WANDELKOMPASS_DATABASE_URL).",
        "The region commands set up a region on a PostgreSQL server. Please name the server "
        "with --database-url (or WANDELKOMPASS_DATABASE_URL).",
    ),
    "region.initialised": (
        "Region auf {where} eingerichtet: Rollen wk_municipality und wk_coordinator mit "
        "ihren Rechten.",
        "Region set up on {where}: roles wk_municipality and wk_coordinator with their "
        "rights.",
    ),
    "region.municipality_added": (
        "Kommune „{name}“ mit der Datenbankrolle {role} angelegt.",
        "Municipality “{name}” added with the database role {role}.",
    ),
    "region.login_added": (
        "Anmeldung {login} für „{name}“ angelegt: Sie sieht nur die Daten dieser Kommune.",
        "Login {login} added for “{name}”: it sees only this municipality's data.",
    ),
    "region.coordinator_added": (
        "Anmeldung {login} für die Koordination angelegt: Sie sieht nur den anonymen Vergleich.",
        "Login {login} added for the coordination: it sees only the anonymised comparison.",
    ),
    "region.password_missing": (
        "Die Umgebungsvariable {var} ist leer oder nicht gesetzt.",
        "The environment variable {var} is empty or not set.",
    ),
    "region.bad_role": (
        "„{role}“ ist als Rollenname nicht möglich: Kleinbuchstaben, Ziffern und _, höchstens "
        "63 Zeichen, nicht mit pg_ beginnend und nicht wk_municipality oder wk_coordinator.",
        "“{role}” cannot be a role name: lower-case letters, digits and _, at most 63 "
        "characters, not starting with pg_, and not wk_municipality or wk_coordinator.",
    ),
    "region.role_taken": (
        "Die Rolle {role} gehört bereits zu einer anderen Kommune.",
        "The role {role} already belongs to another municipality.",
    ),
    "region.role_exists": (
        "Eine Rolle {role} gibt es auf dem Server schon. Bitte wählen Sie einen anderen Namen.",
        "A role {role} already exists on the server. Please choose another name.",
    ),
    "region.unknown_municipality": (
        "Eine Kommune „{name}“ ist in der Region nicht angelegt (siehe „region list“).",
        "There is no municipality “{name}” in the region (see “region list”).",
    ),
    "region.not_initialised": (
        "Die Region ist noch nicht eingerichtet: zuerst „region init“.",
        "The region is not set up yet: run “region init” first.",
    ),
    "region.empty_name": ("Der Name der Kommune fehlt.", "The municipality's name is missing."),
    "region.none": ("Noch keine Kommunen in der Region.", "No municipalities in the region yet."),
    "region.shares": ("teilt ihre Werte", "shares its scores"),
    "region.not_sharing": ("teilt nicht", "does not share"),
    "label.SizeClass.UNDER_20K": ("bis 20.000 Einwohner", "up to 20,000 inhabitants"),
    "label.SizeClass.UNDER_50K": ("20.000 bis 50.000 Einwohner", "20,000 to 50,000 inhabitants"),
    "label.SizeClass.UNDER_100K": (
        "50.000 bis 100.000 Einwohner", "50,000 to 100,000 inhabitants"
    ),
    "label.SizeClass.UNDER_200K": (
        "100.000 bis 200.000 Einwohner", "100,000 to 200,000 inhabitants"
    ),
    "label.SizeClass.OVER_200K": ("über 200.000 Einwohner", "over 200,000 inhabitants"),
    "backup.server_store": (
        "Die Befehle backup, backups und restore gelten für die SQLite-Datenbank im "
        "Datenordner. Diese Daten liegen auf dem PostgreSQL-Server {detail}; sichern Sie sie "
        "dort mit pg_dump (siehe README).",
        "The backup, backups and restore commands are for the SQLite database in the data "
        "folder. This data is on the PostgreSQL server {detail}; back it up there with "
        "pg_dump (see the README).",
    ),
}
