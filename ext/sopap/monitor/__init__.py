"""Pemantauan (monitoring) of SOP execution from event logs.

Permenpan RB 35/2012 asks offices to monitor their SOP AP every six months
(Tabel 7, *Monitoring Pelaksanaan SOP AP*). The conformance suite checks
software; this package checks what an office actually did, from the event
logs its case systems and spreadsheets keep.

Modules, in pipeline order:

* ``log``: reads CSV and Parquet with Polars, ``xes`` reads and writes XES;
  bad rows become :class:`~sopap.monitor.log.BarisRusak`, valid events a
  frame sorted by case;
* ``jam``: the working-minute clock of every event, vectorised;
* ``checker``: one case against its SOP's flow (pure);
* ``agregat``: per-SOP figures of the monitoring form and the analytics;
* ``proses``: the whole run, bucket by bucket, across processes;
* ``laporan_json``, ``grafik``, ``formulir_html``, ``formulir_pdf``: outputs;
* ``beban``: the workload an SOP implies, without any log (handbook pages);
* ``pengaturan``: the calendar and the share from conf.py.
"""
