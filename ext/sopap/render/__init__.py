"""The pure rendering layer: HTML fragments, PDF, BPMN, features and terminal
text, each a function of the model. Nothing here imports Sphinx or docutils;
the Sphinx layer (:mod:`sopap.sphinxext`) calls these renderers."""
