"""The admin change form as a browser would send it back, for tests that edit through the admin."""


def admin_form_data(response):
    """The form and its inlines with their current values, management forms included."""
    data = {}
    forms = [response.context["adminform"].form]
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        data |= {management.add_prefix(k): v for k, v in management.initial.items()}
        forms += formset.formset.forms
    for form in forms:
        for name, field in form.fields.items():
            value = form[name].value()
            if value is None or value is False or (hasattr(value, "field") and not value):
                continue  # unchecked boxes and empty file fields are not sent
            if isinstance(value, list):
                data[form.add_prefix(name)] = [str(v.pk if hasattr(v, "pk") else v) for v in value]
            else:
                data[form.add_prefix(name)] = value
    return data
