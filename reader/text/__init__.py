"""Arabic text shared by the analysis layers: one token layer per sentence, closed-class words."""
