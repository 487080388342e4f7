"""Target tables, whether a target was met, comparisons and trends: data only.

Plain functions over the index that return records of model rows and numbers; how a
value or a change reads on a screen is jfq.render's business (render.wording).
"""
