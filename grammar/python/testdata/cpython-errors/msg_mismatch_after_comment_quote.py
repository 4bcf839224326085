func(
    a=["unclosed], # Need a quote: "
    b=2,
)
